// Idiom: a builder with a static factory and an object initializer — `HeadBuilder.Create().Temperature(t).Build()`
// returns `new ColumnSoftmaxHead { InverseTemperature = ... }` (init-only property).
// Use: a temperature softmax over the columns of a dense layer's output.
// Layout: float[classes, batch], column-major (softmax down each column).
// Bug: LG0003 — `MathF.Exp(z[c, b] * InverseTemperature)` scales but never subtracts a max (float overflow above ~88).
// Our own code.
#nullable enable
using System;

namespace HeldOut74.Builder_RawTemperatureColumns;

public sealed class HeadBuilder
{
    private float _inverseTemperature = 1f;

    public static HeadBuilder Create() => new();

    public HeadBuilder Temperature(float t)
    {
        _inverseTemperature = 1f / t;
        return this;
    }

    public ColumnSoftmaxHead Build() => new() { InverseTemperature = _inverseTemperature };
}

public sealed class ColumnSoftmaxHead
{
    public float InverseTemperature { get; init; } = 1f;

    public float[,] Forward(float[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var p = new float[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(z[c, b] * InverseTemperature); //~ LG0003
                p[c, b] = e;
                total += e;
            }

            for (int c = 0; c < classes; c++)
            {
                p[c, b] /= total;
            }
        }

        return p;
    }
}
