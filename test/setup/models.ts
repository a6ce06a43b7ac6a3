// Every test file runs with the committed models registered, as the CLI does.
import "../../src/models/node-register";
