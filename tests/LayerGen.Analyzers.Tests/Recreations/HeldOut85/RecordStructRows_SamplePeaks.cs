// Idiom: readonly record struct rows (sparse COO-style cells), per-sample statistics kept in arrays.
// Use: logits arriving as (sample, class, logit) cells from a columnar store, normalised per sample.
// Layout: IReadOnlyList<Cell>, any order; the softmax slice is all cells with the same Sample.
// Correct: one flat walk over all cells, but peak[cell.Sample] and sum[cell.Sample] are per-sample slots.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace HeldOut85.RecordStructRows_SamplePeaks;

public readonly record struct Cell(int Sample, int Class, double Logit);

public readonly record struct Scored(int Sample, int Class, double Probability);

public static class CellSoftmax
{
    public static ImmutableArray<Scored> Apply(IReadOnlyList<Cell> cells, int samples)
    {
        var peak = new double[samples];
        Array.Fill(peak, double.NegativeInfinity);
        foreach (Cell cell in cells)
        {
            if (cell.Logit > peak[cell.Sample])
                peak[cell.Sample] = cell.Logit;
        }

        var sum = new double[samples];
        foreach (Cell cell in cells)
            sum[cell.Sample] += Math.Exp(cell.Logit - peak[cell.Sample]);

        ImmutableArray<Scored>.Builder scored = ImmutableArray.CreateBuilder<Scored>(cells.Count);
        foreach (Cell cell in cells)
            scored.Add(new Scored(cell.Sample, cell.Class, Math.Exp(cell.Logit - peak[cell.Sample]) / sum[cell.Sample]));
        return scored.MoveToImmutable();
    }
}
