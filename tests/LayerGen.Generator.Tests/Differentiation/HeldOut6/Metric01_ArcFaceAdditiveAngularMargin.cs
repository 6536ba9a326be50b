// expect: gradient
// ArcFace logits (Deng et al. 2019) for a row [embedding (4) | one-hot label (3)]: normalised embedding against three
// learnable, normalised class centres; the labelled class gets cos(θ + m) with insightface's fallback
// cos θ − m·sin m past θ = π − m, blended by the one-hot exactly as the PyTorch reference does, scale s = 16. Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(7, 3)]
public partial class ArcFaceAdditiveAngularMargin
{
    const double Scale = 16.0, Margin = 0.5;
    const int Dim = 4, Classes = 3;

    static double Norm(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double e in v) s += e * e;
        return Math.Sqrt(s);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(Classes * Dim, StandardDeviation = 1.0)] ReadOnlySpan<double> centres)
    {
        double cosM = Math.Cos(Margin), sinM = Math.Sin(Margin);
        double th = Math.Cos(Math.PI - Margin), mm = Math.Sin(Math.PI - Margin) * Margin;

        ReadOnlySpan<double> embedding = x[..Dim];
        double embeddingNorm = Norm(embedding);
        for (int c = 0; c < Classes; c++)
        {
            ReadOnlySpan<double> w = centres.Slice(c * Dim, Dim);
            double dot = 0;
            for (int d = 0; d < Dim; d++) dot += embedding[d] * w[d];
            double cosine = dot / (embeddingNorm * Norm(w));
            double sine = Math.Sqrt(Math.Clamp(1.0 - cosine * cosine, 0.0, 1.0));
            double phi = cosine * cosM - sine * sinM;
            phi = cosine > th ? phi : cosine - mm;
            double oneHot = x[Dim + c];
            y[c] = Scale * (oneHot * phi + (1.0 - oneHot) * cosine);
        }
    }
}
