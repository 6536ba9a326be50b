// One explicit drag step for three particles written with System.Numerics.Vector2, as Unity/MonoGame users write game
// physics. Locals must be float, double, int, bool or spans (docs/custom-layers.md): a Vector2 local is outside the
// subset; what flows from it is not reported again.
// expect: error
using System;
using System.Numerics;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(6)]
public partial class ParticleDragVector2Float
{
    const float Dt = 0.1f, Drag = 0.3f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < 3; i++)
        {
            Vector2 velocity = new Vector2(x[2 * i], x[2 * i + 1]); //~ LG11
            float speed = velocity.Length();
            Vector2 next = velocity - Dt * Drag * speed * velocity;
            y[2 * i] = next.X;
            y[2 * i + 1] = next.Y;
        }
    }
}
