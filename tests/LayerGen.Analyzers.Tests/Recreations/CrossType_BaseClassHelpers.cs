// Variants (our own code) of the abstract-layer idiom of Encog/DL4J-style C# ports: a protected, non-virtual helper of
// the base class folds a buffer's peak into a protected field or returns it, and the derived softmax layer's Forward
// calls it with the whole flat batch or with one row's range; a virtual peak hook is the one thing not followed.
// Layout: flat row-major float[batch · width].
// Bugs: LG0001 (the peak of the whole batch shifts every row: at the derived layer's call, once through the field and
// once through the returned value). Correct twins: the ranged helper per row; a virtual per-row peak hook (not
// followed: another override may run; silent).
using System;

namespace Recreations.CrossType_BaseClassHelpers;

public abstract class OutputLayer
{
    protected float Peak;

    protected void TrackPeak(float[] values)
    {
        Peak = float.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] > Peak) Peak = values[i];
        }
    }

    protected float PeakOf(float[] values)
    {
        var m = float.NegativeInfinity;
        foreach (var v in values)
        {
            m = MathF.Max(m, v);
        }

        return m;
    }

    protected float RangePeak(float[] values, int start, int count)
    {
        var m = float.NegativeInfinity;
        for (var i = start; i < start + count; i++)
        {
            m = MathF.Max(m, values[i]);
        }

        return m;
    }

    public abstract void Forward(float[] buffer, int batch, int width);
}

public sealed class BatchFieldSoftmax : OutputLayer
{
    public override void Forward(float[] buffer, int batch, int width)
    {
        TrackPeak(buffer); //~ LG0001
        for (var b = 0; b < batch; b++)
        {
            var sum = 0f;
            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] = MathF.Exp(buffer[j] - Peak);
                sum += buffer[j];
            }

            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] /= sum;
            }
        }
    }
}

public sealed class BatchReturnedSoftmax : OutputLayer
{
    public override void Forward(float[] buffer, int batch, int width)
    {
        var peak = PeakOf(buffer); //~ LG0001
        for (var b = 0; b < batch; b++)
        {
            var sum = 0f;
            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] = MathF.Exp(buffer[j] - peak);
                sum += buffer[j];
            }

            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] /= sum;
            }
        }
    }
}

public sealed class RowSoftmax : OutputLayer
{
    public override void Forward(float[] buffer, int batch, int width)
    {
        for (var b = 0; b < batch; b++)
        {
            var peak = RangePeak(buffer, b * width, width);
            var sum = 0f;
            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] = MathF.Exp(buffer[j] - peak);
                sum += buffer[j];
            }

            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] /= sum;
            }
        }
    }
}

public abstract class HookedLayer
{
    protected virtual float PeakOf(float[] values, int start, int count)
    {
        var m = float.NegativeInfinity;
        for (var i = start; i < start + count; i++)
        {
            m = MathF.Max(m, values[i]);
        }

        return m;
    }

    public void Forward(float[] buffer, int batch, int width)
    {
        for (var b = 0; b < batch; b++)
        {
            var peak = PeakOf(buffer, b * width, width);
            var sum = 0f;
            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] = MathF.Exp(buffer[j] - peak);
                sum += buffer[j];
            }

            for (var j = b * width; j < (b + 1) * width; j++)
            {
                buffer[j] /= sum;
            }
        }
    }
}
