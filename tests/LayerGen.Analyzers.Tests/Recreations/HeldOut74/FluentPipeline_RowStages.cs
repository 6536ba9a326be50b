// Idiom: a fluent API — `RowPipeline.From(x, width).SubtractRowMax().Exp().DivideByRowSum().ToArray()`; each stage
// mutates the private buffer and returns `this`.
// Use: a small tensor-ops pipeline used to write the softmax stage by stage.
// Layout: flat float[batch * width], row-major; stages loop rows by offset.
// Correct: the shift happens in its own stage (per row), so `Exp()` exponentiates already-shifted values (all ≤ 0);
// the sum is per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.FluentPipeline_RowStages;

public sealed class RowPipeline
{
    private readonly float[] _data;
    private readonly int _width;

    private RowPipeline(float[] data, int width)
    {
        _data = data;
        _width = width;
    }

    public static RowPipeline From(ReadOnlySpan<float> logits, int width) => new(logits.ToArray(), width);

    public RowPipeline SubtractRowMax()
    {
        for (int o = 0; o < _data.Length; o += _width)
        {
            float m = float.MinValue;
            for (int k = 0; k < _width; k++)
            {
                m = Math.Max(m, _data[o + k]);
            }

            for (int k = 0; k < _width; k++)
            {
                _data[o + k] -= m;
            }
        }

        return this;
    }

    public RowPipeline Exp()
    {
        for (int i = 0; i < _data.Length; i++)
        {
            _data[i] = MathF.Exp(_data[i]);
        }

        return this;
    }

    public RowPipeline DivideByRowSum()
    {
        for (int o = 0; o < _data.Length; o += _width)
        {
            float s = 0f;
            for (int k = 0; k < _width; k++)
            {
                s += _data[o + k];
            }

            for (int k = 0; k < _width; k++)
            {
                _data[o + k] /= s;
            }
        }

        return this;
    }

    public float[] ToArray() => (float[])_data.Clone();
}
