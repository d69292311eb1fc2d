package com.example.blog;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class, tables = Post.class)
public interface BlogSchema {}
