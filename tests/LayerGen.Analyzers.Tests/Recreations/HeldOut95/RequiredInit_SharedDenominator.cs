// Idiom: required init-only properties (C# 11) describing a flat batch; rows read as spans.
// Use: a scoring job object whose Normalise method writes probabilities.
// Layout: flat float[] with a required Width, row-major.
// Bug (LG0002): denominator is declared above the row loop and never reset, so row r is divided by the exps of rows
// 0..r.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.RequiredInit_SharedDenominator;

public sealed class ScoringJob
{
    public required float[] Flat { get; init; }
    public required int Width { get; init; }

    public float[] Normalise()
    {
        var output = new float[Flat.Length];
        float denominator = 0f;
        for (int r = 0; r < Flat.Length / Width; r++)
        {
            ReadOnlySpan<float> row = Flat.AsSpan(r * Width, Width);
            Span<float> dst = output.AsSpan(r * Width, Width);
            float best = float.NegativeInfinity;
            foreach (float v in row) best = MathF.Max(best, v);

            for (int j = 0; j < Width; j++)
            {
                dst[j] = MathF.Exp(row[j] - best);
                denominator += dst[j]; //~ LG0002
            }
            for (int j = 0; j < Width; j++)
                dst[j] /= denominator;
        }
        return output;
    }
}
