// The one import of the VS Code API in the extension bundles. esbuild turns each `import * as vscode from 'vscode'`
// into a fresh copy of the API object's ~400 keys (its CommonJS interop, `__toESM`): 13 modules importing it cost
// about 14 ms of activation. Re-exported from here, the keys are copied once and every module shares this namespace.
export * from 'vscode';
