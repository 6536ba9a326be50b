// HeldOut28. Idiom: a generic abstract base class Layer<T> (T : IFloatingPointIeee754<T>) with protected Output/Width,
// a derived SoftmaxLayer<T> overriding Forward over a flat span.
// Use: mixed-precision inference (float or double). Layout: flat row-major [batch · width] ReadOnlySpan<T>. Correct.
using System;
using System.Numerics;

namespace LayerGen.HeldOut28.GenericLayer_OverrideForward;

/// <summary>Base of every generic layer.</summary>
public abstract class Layer<T>
    where T : IFloatingPointIeee754<T>
{
    protected Layer(int width) => Width = width;

    protected int Width { get; }

    protected T[] Output { get; set; } = [];

    public T[] Result => Output;

    public abstract void Forward(ReadOnlySpan<T> input, int batch);
}

/// <summary>Softmax of every row of width <see cref="Layer{T}.Width"/>.</summary>
public sealed class SoftmaxLayer<T>(int width) : Layer<T>(width)
    where T : IFloatingPointIeee754<T>
{
    public override void Forward(ReadOnlySpan<T> input, int batch)
    {
        Output = new T[batch * Width];
        for (var b = 0; b < batch; b++)
        {
            var row = input.Slice(b * Width, Width);
            var peak = T.NegativeInfinity;
            foreach (var v in row)
            {
                peak = T.Max(peak, v);
            }

            var sum = T.Zero;
            for (var k = 0; k < Width; k++)
            {
                var e = T.Exp(row[k] - peak);
                Output[(b * Width) + k] = e;
                sum += e;
            }

            for (var k = 0; k < Width; k++)
            {
                Output[(b * Width) + k] /= sum;
            }
        }
    }
}
