// Idiom: MemoryPool<double>.Shared.Rent(classes) in a using declaration; owner.Memory (maybe longer) trimmed with [..classes].
// Use: softmax over rows handed in as ReadOnlyMemory<double> chunks (one per request), results into Memory<double> rows.
// Layout: ReadOnlyMemory<double>[] rows in, Memory<double>[] rows out, equal lengths.
// Label: Correct (a helper gives each row's max; the scratch is sliced to the row length).
// Our own code.
#nullable enable
using System;
using System.Buffers;

namespace HeldOut80.MemoryPool_OwnedRows;

public static class OwnedScratch
{
    public static void Softmax(ReadOnlyMemory<double>[] rows, Memory<double>[] outputs)
    {
        if (rows.Length == 0)
        {
            return;
        }

        int classes = rows[0].Length;
        using IMemoryOwner<double> owner = MemoryPool<double>.Shared.Rent(classes);
        Span<double> e = owner.Memory.Span[..classes];
        for (int r = 0; r < rows.Length; r++)
        {
            ReadOnlySpan<double> row = rows[r].Span;
            double max = RowMax(row);
            double sum = 0;
            for (int j = 0; j < classes; j++)
            {
                e[j] = Math.Exp(row[j] - max);
                sum += e[j];
            }

            Span<double> target = outputs[r].Span;
            for (int j = 0; j < classes; j++)
            {
                target[j] = e[j] / sum;
            }
        }
    }

    private static double RowMax(ReadOnlySpan<double> row)
    {
        double best = double.NegativeInfinity;
        for (int j = 0; j < row.Length; j++)
        {
            if (row[j] > best)
            {
                best = row[j];
            }
        }

        return best;
    }
}
