// Idiom: `List<Memory<double>>` rows (views into one backing array); a first `foreach` shifts and exponentiates each
// row by its own max and adds every exponential to one `partition`, a separate pass divides each row by it.
// Layout: `List<Memory<double>>`, in place. Bug: LG0002 (one normaliser over all rows).
using System;
using System.Collections.Generic;

namespace HeldOut55.MemoryRows_OneNormalisationPass;

public static class MemoryBatch
{
    /// <summary>Softmax of each row, in place.</summary>
    public static void Softmax(List<Memory<double>> rows)
    {
        double partition = 0.0;
        foreach (Memory<double> memory in rows)
        {
            Span<double> row = memory.Span;
            double max = row[0];
            for (int i = 1; i < row.Length; i++)
            {
                max = Math.Max(max, row[i]);
            }

            for (int i = 0; i < row.Length; i++)
            {
                row[i] = Math.Exp(row[i] - max);
                partition += row[i]; //~ LG0002
            }
        }

        foreach (Memory<double> memory in rows)
        {
            Span<double> row = memory.Span;
            for (int i = 0; i < row.Length; i++)
            {
                row[i] /= partition;
            }
        }
    }
}
