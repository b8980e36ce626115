-- Neovim (0.7+) as a second real LSP client: opens a batch file, starts ccmsetup-language-server over
-- stdio, waits for diagnostics, asks for a hover and a code action, and prints what it got as JSON
-- lines for neovim.test.ts to check. Run: nvim --headless --clean -i NONE -c "luafile neovim.lua"
local file = assert(os.getenv('CCMLINT_FILE'), 'CCMLINT_FILE')
local server = assert(os.getenv('CCMLINT_SERVER'), 'CCMLINT_SERVER')
local function emit(tbl) io.stdout:write(vim.fn.json_encode(tbl) .. '\n') end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'dosbatch'

-- vim.lsp.start_client + buf_attach_client work from 0.7 (vim.lsp.start only from 0.8)
local client_id = vim.lsp.start_client({ name = 'ccmlint', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':h') })
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  diags[#diags + 1] = { line = d.lnum, col = d.col, severity = d.severity, source = d.source, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL, message = d.message }
end
emit({ kind = 'diagnostics', received = got, items = diags })

local line = vim.api.nvim_buf_get_lines(bufnr, 1, 2, false)[1]
local col = line:find('SMSSITECODE', 1, true) + 1
vim.api.nvim_win_set_cursor(0, { 2, col })
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 5000) or {}
local hover = vim.NIL
for _, r in pairs(responses) do
  if r.result and r.result.contents then hover = r.result.contents.value or vim.inspect(r.result.contents) end
end
emit({ kind = 'hover', text = hover })

local wcol = line:find('WINSPROMISCUOUS', 1, true)
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = { start = { line = 1, character = wcol }, ['end'] = { line = 1, character = wcol } }, context = { diagnostics = {} } }
local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000) or {}
local titles = {}
for _, r in pairs(actions) do
  for _, a in ipairs(r.result or {}) do titles[#titles + 1] = a.title end
end
emit({ kind = 'codeActions', titles = titles })

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
