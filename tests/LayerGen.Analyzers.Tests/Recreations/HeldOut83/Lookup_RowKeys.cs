// Idiom: `ToLookup(t => t.Row, t => (t.Col, t.Value))`, lookup indexed by row, `if (v > peak)` fold per row.
// Use: sparse coordinate scores to dense per-row probabilities.
// Layout: (int Row, int Col, float Value)[] triples; result jagged float[rows][cols].
// Correct: `peak` and `z` are declared inside the row loop and fold only `byRow[r]`.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.Lookup_RowKeys;

public static class RowLookup
{
    public static float[][] Softmax((int Row, int Col, float Value)[] triples, int rows, int cols)
    {
        ILookup<int, (int Col, float Value)> byRow = triples.ToLookup(t => t.Row, t => (t.Col, t.Value));
        var y = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            var cells = byRow[r];
            float peak = float.NegativeInfinity;
            foreach (var (_, v) in cells)
                if (v > peak) peak = v;
            float z = 0f;
            foreach (var (_, v) in cells) z += MathF.Exp(v - peak);
            y[r] = new float[cols];
            foreach (var (c, v) in cells) y[r][c] = MathF.Exp(v - peak) / z;
        }
        return y;
    }
}
