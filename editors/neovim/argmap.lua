-- argmap's language server for Markdown and text essays (Neovim 0.8 or later).
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = function(args)
    local found = vim.fs.find({ "argmap.toml", ".git" }, {
      upward = true,
      path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)),
    })[1]
    vim.lsp.start({
      name = "argmap",
      cmd = { "argmap", "server" },
      root_dir = found and vim.fs.dirname(found) or nil,
    })
  end,
})
