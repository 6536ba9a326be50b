// expect: error
// Triangular dither before 8-bit quantisation, the noise from a xorshift32 generator whose state is a uint local
// seeded with a constant (deterministic per row). A uint local is outside the subset (locals are float, double,
// int, bool or spans): LG11xx at its declaration. Shape of audio/image dither code ported from C, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(8)]
public partial class XorshiftDitherUintState
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        uint state = 2463534242u; //~ LG11
        for (int i = 0; i < x.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            double u = state / 4294967296.0;
            y[i] = Math.Tanh(x[i]) + (u - 0.5) / 255.0;
        }
    }
}
