// Source: layer classes in C# DL libraries keeping forward statistics in properties for the backward pass
// (SiaNet/CNTK-style Softmax layers): Peak and Partition properties recomputed for every sample.
// Layout: row-major [batch, classes] double; instance properties reset at the top of each sample.
// Correct.
using System;

namespace LayerGen.HeldOut4.PropertyStatsResetPerSample;

public sealed class StatefulSoftmax
{
    public double Peak { get; private set; }

    public double Partition { get; private set; }

    public double[] Forward(double[] x, int batch, int classes)
    {
        var y = new double[x.Length];
        for (int n = 0; n < batch; n++)
        {
            Peak = double.NegativeInfinity;
            Partition = 0.0;
            for (int k = 0; k < classes; k++)
                Peak = Math.Max(Peak, x[n * classes + k]);

            for (int k = 0; k < classes; k++)
            {
                y[n * classes + k] = Math.Exp(x[n * classes + k] - Peak);
                Partition += y[n * classes + k];
            }

            for (int k = 0; k < classes; k++)
                y[n * classes + k] /= Partition;
        }

        return y;
    }
}
