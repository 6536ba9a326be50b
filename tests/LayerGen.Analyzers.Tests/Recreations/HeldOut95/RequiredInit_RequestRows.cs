// Idiom: required / init properties (C# 11) on a request object; temperature with an init default.
// Use: an inference request handled by a scoring service.
// Layout: double[batch, classes] (row-major 2D).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.RequiredInit_RequestRows;

public sealed class SoftmaxRequest
{
    public required double[,] Logits { get; init; }
    public double Temperature { get; init; } = 1.0;
}

public static class SoftmaxService
{
    public static double[,] Run(SoftmaxRequest request)
    {
        double[,] z = request.Logits;
        int batch = z.GetLength(0), classes = z.GetLength(1);
        var p = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                max = Math.Max(max, z[b, c]);

            double sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                p[b, c] = Math.Exp((z[b, c] - max) / request.Temperature);
                sum += p[b, c];
            }
            for (int c = 0; c < classes; c++)
                p[b, c] /= sum;
        }
        return p;
    }
}
