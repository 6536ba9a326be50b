// Idiom: index recursion over a ragged batch — Visit(rows, output, i + 1), each row's max by LINQ row.Max().
// Use: variable-length candidate lists (one softmax per list).
// Layout: IReadOnlyList<float[]> with rows of any length; output float[][].
// Correct: the max and the sum are the visited row's own.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut77.RaggedRows_IndexRecursion;

public static class RaggedSoftmax
{
    public static float[][] Softmax(IReadOnlyList<float[]> rows)
    {
        var output = new float[rows.Count][];
        Visit(rows, output, 0);
        return output;
    }

    private static void Visit(IReadOnlyList<float[]> rows, float[][] output, int i)
    {
        if (i == rows.Count)
        {
            return;
        }

        float[] row = rows[i];
        float max = row.Max();
        var p = new float[row.Length];
        float sum = 0f;
        for (int k = 0; k < row.Length; k++)
        {
            p[k] = MathF.Exp(row[k] - max);
            sum += p[k];
        }

        for (int k = 0; k < p.Length; k++)
        {
            p[k] /= sum;
        }

        output[i] = p;
        Visit(rows, output, i + 1);
    }
}
