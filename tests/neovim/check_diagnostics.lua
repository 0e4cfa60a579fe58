-- Run by tests/neovim/run.sh: Neovim, configured with nothing but the
-- README's lines (editors/neovim/argmap.lua), has opened an essay; wait for
-- argmap to attach and publish, then check what Neovim received.
local function fail(message)
  io.stderr:write("neovim check: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local attached = vim.wait(20000, function()
  local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = 0 })
  return #clients > 0 and clients[1].name == "argmap"
end, 50)
if not attached then
  fail("argmap did not attach to " .. vim.api.nvim_buf_get_name(0))
end

local got = vim.wait(20000, function()
  return #vim.diagnostic.get(0) > 0
end, 50)
if not got then
  fail("no diagnostics arrived")
end

-- Expected: "path:line:col code" per line, from the CLI on the same file.
local expected = {}
for line in io.lines(vim.env.ARGMAP_EXPECTED) do
  table.insert(expected, line)
end
local seen = {}
local diagnostics = vim.diagnostic.get(0)
table.sort(diagnostics, function(a, b)
  if a.lnum ~= b.lnum then return a.lnum < b.lnum end
  if a.col ~= b.col then return a.col < b.col end
  return tostring(a.code) < tostring(b.code)
end)
for _, d in ipairs(diagnostics) do
  if d.source ~= "argmap" then
    fail("a diagnostic from " .. tostring(d.source))
  end
  table.insert(seen, string.format("%d %s", d.lnum + 1, d.code))
end
table.sort(expected)
table.sort(seen)
local want, have = table.concat(expected, "\n"), table.concat(seen, "\n")
if want ~= have then
  fail("diagnostics differ from argmap lint:\nwanted:\n" .. want .. "\ngot:\n" .. have)
end

-- Hover and the outline answer through Neovim's client too.
local params = { textDocument = vim.lsp.util.make_text_document_params(0) }
local symbols = vim.lsp.buf_request_sync(0, "textDocument/documentSymbol", params, 10000)
local outline = nil
for _, r in pairs(symbols or {}) do
  outline = r.result
end
if not outline or #outline == 0 or not outline[1].name:match("^thesis: ") then
  fail("the outline does not start with the thesis: " .. vim.inspect(outline))
end

io.stdout:write(string.format("neovim %s: argmap attached, %d diagnostics as argmap lint reports them, outline from %q\n",
  tostring(vim.version()), #diagnostics, outline[1].name:sub(1, 40)))
vim.cmd("qall!")
