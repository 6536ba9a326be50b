// Look-alike written for LG0006/LG0007 (our own code, the form of LayerGen.Softmax.Backward and of AiDotNet's
// GradSoftmaxOp "grad_x = y * (grad_y - sum(grad_y * y))"): the O(n) product with spans, the dot product in a
// local, plus the same product written with the dot recomputed inside the outer loop (O(n^2), but no Jacobian).
// Correct: no diagnostic.
using System;

namespace Recreations.Backward.LinearDotThenScaleSpans;

public sealed class SoftmaxLayer
{
    private readonly float[] _y;

    public SoftmaxLayer(int size) => _y = new float[size];

    public void Forward(ReadOnlySpan<float> x)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            max = MathF.Max(max, x[i]);
        }

        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            _y[i] = MathF.Exp(x[i] - max);
            sum += _y[i];
        }

        float inverse = 1f / sum;
        for (int i = 0; i < x.Length; i++)
        {
            _y[i] *= inverse;
        }
    }

    public void Backward(ReadOnlySpan<float> dy, Span<float> dx)
    {
        float dot = 0f;
        for (int i = 0; i < _y.Length; i++)
        {
            dot += _y[i] * dy[i];
        }

        for (int i = 0; i < _y.Length; i++)
        {
            dx[i] = _y[i] * (dy[i] - dot);
        }
    }

    public void BackwardRecomputingDot(ReadOnlySpan<float> dy, Span<float> dx)
    {
        for (int i = 0; i < _y.Length; i++)
        {
            float dot = 0f;
            for (int j = 0; j < _y.Length; j++)
            {
                dot += _y[j] * dy[j];
            }

            dx[i] = _y[i] * dy[i] - _y[i] * dot;
        }
    }
}
