// HeldOut28. Idiom: an abstract activation layer whose protected helper stores the peak of a buffer in a protected
// field; the derived softmax layer overrides Forward and calls the helper with the whole flat batch.
// Use: output layer of a small MLP trained in mini-batches. Layout: flat row-major float[batch · width].
// Bug LG0001: the protected peak is taken over the whole batch buffer, then used as every row's shift.
using System;

namespace LayerGen.HeldOut28.ProtectedPeakField_BaseTracksBatch;

/// <summary>Base of the activation layers.</summary>
public abstract class ActivationLayer
{
    protected float Peak;

    /// <summary>Stores the largest value of <paramref name="values"/> in <see cref="Peak"/>.</summary>
    protected void TrackPeak(float[] values)
    {
        Peak = float.NegativeInfinity;
        foreach (var v in values)
        {
            if (v > Peak) Peak = v;
        }
    }

    public abstract void Forward(float[] buffer, int batch, int width);
}

/// <summary>ReLU, for the hidden layers.</summary>
public sealed class ReluLayer : ActivationLayer
{
    public override void Forward(float[] buffer, int batch, int width)
    {
        for (var i = 0; i < batch * width; i++)
        {
            buffer[i] = MathF.Max(0f, buffer[i]);
        }
    }
}

/// <summary>Softmax of every row, in place.</summary>
public sealed class SoftmaxLayer : ActivationLayer
{
    public override void Forward(float[] buffer, int batch, int width)
    {
        TrackPeak(buffer); //~ LG0001
        for (var b = 0; b < batch; b++)
        {
            var start = b * width;
            var sum = 0f;
            for (var j = start; j < start + width; j++)
            {
                buffer[j] = MathF.Exp(buffer[j] - Peak);
                sum += buffer[j];
            }

            for (var j = start; j < start + width; j++)
            {
                buffer[j] /= sum;
            }
        }
    }
}
