// Idiom: LINQ query syntax `from row in … let peak = … let z = … select` — one softmax per row, all in one query.
// Use: class probabilities for a batch of classifier outputs.
// Layout: jagged double[batch][classes]; the softmax runs over each inner array.
// Correct: the peak and the normaliser are `let` clauses of the row range variable.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.QueryLet_JaggedRows;

public static class RowQuery
{
    public static double[][] Softmax(double[][] logits) =>
        (from row in logits
         let peak = row.Max()
         let z = (from v in row select Math.Exp(v - peak)).Sum()
         select (from v in row select Math.Exp(v - peak) / z).ToArray()).ToArray();
}
