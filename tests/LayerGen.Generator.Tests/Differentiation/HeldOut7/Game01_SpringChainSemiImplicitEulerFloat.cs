// Four particles in 2-D joined by three springs (rest length 1, stiffness and damping constants), advanced five
// steps by semi-implicit (symplectic) Euler with the force along the spring direction, as in a game's cloth/rope
// update. Shape of the Gaffer-on-Games / Box2D-lite style spring step, from memory.
// A user expects the gradient of the final positions with respect to the starting positions.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class SpringChainSemiImplicitEulerFloat
{
    const int Particles = 4, Steps = 5;
    const float Dt = 0.05f, Stiffness = 2f, Damping = 0.1f, RestLength = 1f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        Span<float> position = stackalloc float[2 * Particles];
        Span<float> velocity = stackalloc float[2 * Particles];
        Span<float> force = stackalloc float[2 * Particles];
        x.CopyTo(position);
        velocity.Clear();

        for (int step = 0; step < Steps; step++)
        {
            for (int i = 0; i < 2 * Particles; i++) force[i] = -Damping * velocity[i];
            for (int s = 0; s + 1 < Particles; s++)
            {
                float dx = position[2 * s + 2] - position[2 * s];
                float dy = position[2 * s + 3] - position[2 * s + 1];
                float length = MathF.Sqrt(dx * dx + dy * dy);
                float magnitude = Stiffness * (length - RestLength) / length;
                force[2 * s] += magnitude * dx;
                force[2 * s + 1] += magnitude * dy;
                force[2 * s + 2] -= magnitude * dx;
                force[2 * s + 3] -= magnitude * dy;
            }
            for (int i = 0; i < 2 * Particles; i++)
            {
                velocity[i] += Dt * force[i];
                position[i] += Dt * velocity[i];
            }
        }

        position.CopyTo(y);
    }
}
