// expect: gradient
// A Lorentz boost of four (ct, x) events by a learnable rapidity η: ct' = cosh η·ct − sinh η·x, x' = −sinh η·ct +
// cosh η·x, with the invariant interval ct'² − x'² appended per event; float. Shape from special-relativity exercises
// (boosts as hyperbolic rotations); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 12)]
public partial class LorentzBoostLearnableRapidityFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(1, Initial = 0.3f)] ReadOnlySpan<float> rapidity)
    {
        float ch = MathF.Cosh(rapidity[0]), sh = MathF.Sinh(rapidity[0]);
        for (int e = 0; e < 4; e++)
        {
            float ct = x[2 * e], position = x[2 * e + 1];
            float ctBoosted = ch * ct - sh * position;
            float positionBoosted = -sh * ct + ch * position;
            y[3 * e] = ctBoosted;
            y[3 * e + 1] = positionBoosted;
            y[3 * e + 2] = ctBoosted * ctBoosted - positionBoosted * positionBoosted;
        }
    }
}
