// The first eight coefficients of a real cepstrum of a 16-sample frame: power spectrum of the real DFT (bins 0 … 8),
// log with a floor, then the inverse DFT of the (even) log spectrum written as a cosine sum over all 16 bins, the
// upper half mirrored by an integer ternary index. Shape of the textbook real cepstrum ifft(log|fft(x)|²), from memory.
// A user expects the gradient of the cepstral coefficients.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 8)]
public partial class RealCepstrumFromLogPower
{
    const int N = 16, Bins = N / 2 + 1;
    const double Floor = 1e-10;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        Span<double> logPower = stackalloc double[Bins];
        for (int k = 0; k < Bins; k++)
        {
            double re = 0, im = 0;
            for (int n = 0; n < N; n++)
            {
                double angle = 2 * Math.PI * k * n / N;
                re += x[n] * Math.Cos(angle);
                im -= x[n] * Math.Sin(angle);
            }
            logPower[k] = Math.Log(re * re + im * im + Floor);
        }

        for (int q = 0; q < y.Length; q++)
        {
            double c = 0;
            for (int k = 0; k < N; k++)
            {
                double value = logPower[k <= N / 2 ? k : N - k];
                c += value * Math.Cos(2 * Math.PI * k * q / N);
            }
            y[q] = c / N;
        }
    }
}
