// Source: cbovar/ConvNetSharp src/ConvNetSharp.Volume/Double/Volume.cs:650 (re-created, not copied)
// Layout: a 4-D volume [width, height, depth, batch] read through a Get(x, y, d, n) accessor. Per batch item n: the
// maximum over the item's whole width × height × depth block, exp(v − max) into a scratch array indexed
// x + y·W + d·W·H with its sum, then each scratch value divided by the sum and stored back through Set. The softmax
// axis is the whole block of one item. Scanned with the whole repository (scan38): silent, and correct.
// Label: Softmax correct.
using System;

namespace Recreations.Scan38.ConvNetSharp_VolumePerItemSoftmax;

/// <summary>A 4-D volume stand-in stored flat, x fastest, batch slowest.</summary>
public sealed class Volume(int width, int height, int depth, int batch)
{
    private readonly double[] values = new double[width * height * depth * batch];

    public int Width { get; } = width;

    public int Height { get; } = height;

    public int Depth { get; } = depth;

    public int Batch { get; } = batch;

    public double Get(int x, int y, int d, int n) => values[((n * Depth + d) * Height + y) * Width + x];

    public void Set(int x, int y, int d, int n, double v) => values[((n * Depth + d) * Height + y) * Width + x] = v;
}

public static class VolumeOps
{
    public static void Softmax(Volume input, Volume result)
    {
        int w = input.Width, h = input.Height, depth = input.Depth;
        for (var n = 0; n < input.Batch; n++)
        {
            var amax = double.MinValue;
            for (var d = 0; d < depth; d++)
            {
                for (var y = 0; y < h; y++)
                {
                    for (var x = 0; x < w; x++)
                    {
                        var v = input.Get(x, y, d, n);
                        if (v > amax)
                        {
                            amax = v;
                        }
                    }
                }
            }

            var es = new double[depth * h * w];
            var esum = 0.0;
            for (var d = 0; d < depth; d++)
            {
                for (var y = 0; y < h; y++)
                {
                    for (var x = 0; x < w; x++)
                    {
                        var e = Math.Exp(input.Get(x, y, d, n) - amax);
                        esum += e;
                        es[x + y * w + d * w * h] = e;
                    }
                }
            }

            for (var d = 0; d < depth; d++)
            {
                for (var y = 0; y < h; y++)
                {
                    for (var x = 0; x < w; x++)
                    {
                        es[x + y * w + d * w * h] /= esum;
                        result.Set(x, y, d, n, es[x + y * w + d * w * h]);
                    }
                }
            }
        }
    }
}
