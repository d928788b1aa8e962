-- Headless Neovim 0.7 as a second LSP client for Bientap (run by neovim.e2e.ts).
-- Starts `bientap-language-server --stdio`, waits for diagnostics, asks for the code
-- actions of the first one, applies the preferred quick fix, writes the buffer and
-- reports what it saw as JSON on stdout.
local server = os.getenv('BIENTAP_SERVER')
local out_file = os.getenv('BIENTAP_OUT')

local function finish(result)
  local f = io.open(out_file, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function run()
local ok, err = xpcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  -- --clean starts without filetype detection; the server checks markdown and text buffers.
  vim.bo[bufnr].filetype = 'markdown'
  local client_id = vim.lsp.start_client({
    name = 'bientap',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  if not got then error('no diagnostics within 15 s') end
  local diags = vim.diagnostic.get(bufnr)
  local seen = {}
  for _, d in ipairs(diags) do
    local text = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
    local _, s16 = vim.str_utfindex(text, d.col)
    local _, e16 = vim.str_utfindex(text, d.end_col)
    table.insert(seen, { line = d.lnum, code = d.code, message = d.message, severity = d.severity, lsp_range = { start = { line = d.lnum, character = s16 }, ['end'] = { line = d.end_lnum, character = e16 } } })
  end
  -- Neovim 0.7 does not keep the LSP diagnostic: send it back whole, as the server published it.
  local first
  for _, d in ipairs(diags) do
    if d.code == 'citation/symbol-order' then first = d end
  end
  if not first then error('no citation/symbol-order diagnostic') end
  -- Neovim 0.7 keeps code and data in user_data.lsp but not the range: rebuild it in UTF-16.
  local line = vim.api.nvim_buf_get_lines(bufnr, first.lnum, first.lnum + 1, false)[1]
  local _, start16 = vim.str_utfindex(line, first.col)
  local _, end16 = vim.str_utfindex(line, first.end_col)
  local lsp_diag = vim.tbl_extend('force', first.user_data and first.user_data.lsp or {}, {
    range = { start = { line = first.lnum, character = start16 }, ['end'] = { line = first.end_lnum, character = end16 } },
    message = first.message, code = first.code, source = first.source, severity = first.severity,
  })
  local client = vim.lsp.get_client_by_id(client_id)
  local resp = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, 10000, bufnr)
  if not resp or resp.err then error('codeAction failed: ' .. vim.inspect(resp)) end
  local titles = {}
  local chosen
  for _, action in ipairs(resp.result or {}) do
    table.insert(titles, action.title)
    if action.isPreferred and not chosen then chosen = action end
  end
  if not chosen then error('no preferred quick fix among ' .. vim.inspect(titles)) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  vim.cmd('write')
  finish({ diagnostics = seen, actions = titles, applied = chosen.title })
end, debug.traceback)

if not ok then
  finish({ error = tostring(err) })
end
end

-- The file's buffer is loaded only after the init file has run.
vim.api.nvim_create_autocmd('VimEnter', { callback = run, once = true })
