// expect: gradient
// A phaser: three first-order allpass stages (y[n] = a·u[n] + u[n−1] − a·y[n−1]) applied in place to a stackalloc
// copy of the row, each coefficient learnable through tanh so the stage stays stable, then mixed 50/50 with the dry
// signal; float. Shape from audio-plugin phaser code (allpass chains); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(12)]
public partial class AllpassPhaserStagesLearnableFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(3, Initial = 0.3f)] ReadOnlySpan<float> rawCoefficients)
    {
        Span<float> wet = stackalloc float[12];
        x.CopyTo(wet);
        for (int stage = 0; stage < rawCoefficients.Length; stage++)
        {
            float a = MathF.Tanh(rawCoefficients[stage]);
            float previousIn = 0f, previousOut = 0f;
            for (int n = 0; n < wet.Length; n++)
            {
                float output = a * wet[n] + previousIn - a * previousOut;
                previousIn = wet[n];
                wet[n] = output;
                previousOut = output;
            }
        }
        for (int n = 0; n < x.Length; n++) y[n] = 0.5f * (x[n] + wet[n]);
    }
}
