// Idiom: params ReadOnlySpan<double[]> (C# 13) — one array per sample, passed as varargs.
// Use: `Probabilities(rowA, rowB, ...)` in an evaluation tool.
// Layout: a span of double[] rows (jagged).
// Bug (LG0003): both the normaliser and the output exponentiate the raw logits (double.Exp, no max subtracted).
// Our own code.
#nullable enable
using System;

namespace HeldOut95.ParamsSpan_RawRowArrays;

public static class RowProbabilities
{
    public static double[][] Probabilities(params ReadOnlySpan<double[]> rows)
    {
        var result = new double[rows.Length][];
        int i = 0;
        foreach (double[] row in rows)
        {
            double total = 0;
            foreach (double v in row)
                total += double.Exp(v); //~ LG0003
            var p = new double[row.Length];
            for (int k = 0; k < row.Length; k++)
                p[k] = double.Exp(row[k]) / total; //~ LG0003
            result[i++] = p;
        }
        return result;
    }
}
