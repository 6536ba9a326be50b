// Fluid transport: six steps of first-order upwind advection of the row on a periodic 1-D grid, the upwind side chosen
// by the sign of a learnable velocity (CFL number u·Δt/Δx with Δt/Δx = 0.5), two stackalloc grids swapped by CopyTo.
// Shape: LeVeque, Finite Volume Methods, the donor-cell scheme as a CFD course codes it in NumPy (np.roll), in C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class UpwindAdvectionLearnableVelocity
{
    const double DtOverDx = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1, Initial = 0.6)] ReadOnlySpan<double> velocity)
    {
        int n = x.Length;
        Span<double> q = stackalloc double[16];
        Span<double> next = stackalloc double[16];
        x.CopyTo(q);
        double c = velocity[0] * DtOverDx;

        for (int step = 0; step < 6; step++)
        {
            for (int i = 0; i < n; i++)
            {
                int left = (i - 1 + n) % n;
                int right = (i + 1) % n;
                if (c > 0)
                    next[i] = q[i] - c * (q[i] - q[left]);
                else
                    next[i] = q[i] - c * (q[right] - q[i]);
            }
            next.CopyTo(q);
        }
        q.CopyTo(y);
    }
}
