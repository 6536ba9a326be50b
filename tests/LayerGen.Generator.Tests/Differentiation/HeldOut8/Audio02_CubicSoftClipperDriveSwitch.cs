// The cubic soft clipper f(v) = v − v³/3 on |v| < 1 and ±2/3 beyond (C¹ at the joins), as a switch expression with
// relational patterns, after a learnable drive (as log) and with 3/2 make-up gain.
// Shape of: the cubic soft clipper of Smith's "Physical Audio Signal Processing" / musicdsp.org, from memory.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(8)]
public partial class CubicSoftClipperDriveSwitch
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(1)] ReadOnlySpan<double> logDrive)
    {
        double drive = Math.Exp(logDrive[0]);
        for (int i = 0; i < x.Length; i++)
        {
            double v = drive * x[i];
            double clipped = v switch
            {
                <= -1 => -2.0 / 3,
                >= 1 => 2.0 / 3,
                _ => v - v * v * v / 3,
            };
            y[i] = 1.5 * clipped;
        }
    }
}
