// Idiom: stackalloc'd Span<float> of per-class peaks, Fill(-∞), then per-sample exponentials.
// Use: multi-class output of a small on-device classifier, batch of sensor windows.
// Layout: flat float[batch * classes], row-major; softmax over each row (the classes of one sample).
// Bug (LG0004): each class's peak is taken down the batch (over samples) while the sum runs along the row (over classes):
// max and sum over different axes, so the row's exponentials are shifted by different amounts.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.StackallocPeaks_ClassPeaks;

public static class SensorClassifier
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> y, int batch, int classes)
    {
        Span<float> peak = stackalloc float[classes];
        peak.Fill(float.NegativeInfinity);

        for (int r = 0; r < batch; r++)
        {
            for (int c = 0; c < classes; c++)
            {
                float v = x[r * classes + c];
                if (v > peak[c]) peak[c] = v; //~ LG0004
            }
        }

        for (int r = 0; r < batch; r++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[r * classes + c] = MathF.Exp(x[r * classes + c] - peak[c]);
                sum += y[r * classes + c];
            }

            for (int c = 0; c < classes; c++)
                y[r * classes + c] /= sum;
        }
    }
}
