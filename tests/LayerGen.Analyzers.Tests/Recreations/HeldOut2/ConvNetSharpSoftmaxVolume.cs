// Re-creates: ConvNetSharp (cbovar/ConvNetSharp) src/ConvNetSharp.Volume/Double/Volume.cs, DoSoftmax over a 4-D volume
// Layout: flat double[] volume [batch, depth, height=1, width=1] read through a Get(w, h, d, n) helper
// Expected: Correct
using System;

namespace HeldOut2.ConvNetSharpSoftmaxVolume;

public sealed class Volume
{
    public Volume(double[] storage, int width, int height, int depth, int batch)
    {
        Storage = storage;
        Width = width;
        Height = height;
        Depth = depth;
        BatchSize = batch;
    }

    public double[] Storage { get; }

    public int Width { get; }

    public int Height { get; }

    public int Depth { get; }

    public int BatchSize { get; }

    public double Get(int w, int h, int d, int n) => Storage[((n * Depth + d) * Height + h) * Width + w];

    public void Set(int w, int h, int d, int n, double value) => Storage[((n * Depth + d) * Height + h) * Width + w] = value;

    public void DoSoftmax(Volume result)
    {
        var es = new double[Depth];
        for (var n = 0; n < BatchSize; n++)
        {
            var amax = double.MinValue;
            for (var d = 0; d < Depth; d++)
            {
                if (Get(0, 0, d, n) > amax) amax = Get(0, 0, d, n);
            }

            var esum = 0.0;
            for (var d = 0; d < Depth; d++)
            {
                var e = Math.Exp(Get(0, 0, d, n) - amax);
                esum += e;
                es[d] = e;
            }

            for (var d = 0; d < Depth; d++)
            {
                result.Set(0, 0, d, n, es[d] / esum);
            }
        }
    }
}
