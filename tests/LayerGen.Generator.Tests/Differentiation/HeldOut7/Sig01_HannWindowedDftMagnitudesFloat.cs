// Magnitudes of a Hann-windowed real DFT of a 16-sample frame (bins 0 … 8), the window and the twiddles computed
// inline with MathF.Cos/MathF.Sin, as in a hand-rolled STFT before reaching for an FFT. Shape of
// numpy.abs(numpy.fft.rfft(frame * numpy.hanning-like window)), periodic Hann as torch.hann_window, from memory.
// A user expects the gradient of the magnitudes.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(16, 9)]
public partial class HannWindowedDftMagnitudesFloat
{
    const int N = 16;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> frame = stackalloc float[N];
        for (int n = 0; n < N; n++)
        {
            float window = 0.5f - 0.5f * MathF.Cos(2f * MathF.PI * n / N);
            frame[n] = window * x[n];
        }

        for (int k = 0; k <= N / 2; k++)
        {
            float re = 0f, im = 0f;
            for (int n = 0; n < N; n++)
            {
                float angle = 2f * MathF.PI * k * n / N;
                re += frame[n] * MathF.Cos(angle);
                im -= frame[n] * MathF.Sin(angle);
            }
            y[k] = MathF.Sqrt(re * re + im * im);
        }
    }
}
