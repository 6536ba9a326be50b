// Source: layer classes in C# DL libraries that expose forward-pass statistics as properties (SiaNet/CNTK-style
// Softmax layers keeping Denominator for the backward pass).
// Layout: row-major [batch, classes] float; instance class with auto-properties; per-sample max in a local.
// Bug: the Denominator property is accumulated across all samples and never reset per sample.
using System;

namespace LayerGen.HeldOut4.PropertyDenominatorAcrossSamples;

public sealed class SoftmaxLayer
{
    public float Denominator { get; private set; }

    public float[] Forward(float[] x, int batch, int classes)
    {
        var y = new float[x.Length];
        for (int n = 0; n < batch; n++)
        {
            float peak = x[n * classes];
            for (int k = 1; k < classes; k++)
                peak = MathF.Max(peak, x[n * classes + k]);

            for (int k = 0; k < classes; k++)
            {
                y[n * classes + k] = MathF.Exp(x[n * classes + k] - peak);
                Denominator += y[n * classes + k]; //~ LG0002
            }

            for (int k = 0; k < classes; k++)
                y[n * classes + k] /= Denominator;
        }

        return y;
    }
}
