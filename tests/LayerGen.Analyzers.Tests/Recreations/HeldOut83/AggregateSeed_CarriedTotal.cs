// known gap: a sum accumulated by an Aggregate whose tuple seed is carried across rows (running = row.Aggregate(running, ...)) is not read as a sum
// gap: -LG0002@25
// Idiom: `Aggregate(float.NegativeInfinity, MathF.Max)` per row and a sum `Aggregate` whose tuple seed is a running state.
// Use: normalising a list of score rows while counting the elements seen.
// Layout: IReadOnlyList<float[]> rows; result float[][].
// Bug (LG0002): the sum Aggregate is seeded with `running`, which carries the previous rows' total (never reset).
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.AggregateSeed_CarriedTotal;

public static class CarriedSeed
{
    public static float[][] Softmax(IReadOnlyList<float[]> rows)
    {
        var outRows = new float[rows.Count][];
        (float Total, int Seen) running = (0f, 0);
        for (int r = 0; r < rows.Count; r++)
        {
            float[] row = rows[r];
            float peak = row.Aggregate(float.NegativeInfinity, MathF.Max);
            running = row.Aggregate(running, (acc, v) => (acc.Total + MathF.Exp(v - peak), acc.Seen + 1)); //~ LG0002
            outRows[r] = row.Select(v => MathF.Exp(v - peak) / running.Total).ToArray();
        }
        return outRows;
    }
}
