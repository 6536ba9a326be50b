// expect: gradient
// Forward kinematics of a planar 3-link arm: the row holds two arm configurations (three joint angles each), link
// lengths are learnable, and the outputs are the (x, y) of every joint — cumulative angles and a rotate helper that
// returns a tuple. Shape from robotics-textbook FK code (Lynch & Park, planar chains); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6, 12)]
public partial class ThreeLinkArmForwardKinematics
{
    static (double X, double Y) Advance(double px, double py, double length, double angle)
    {
        return (px + length * Math.Cos(angle), py + length * Math.Sin(angle));
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(3, Initial = 1.0)] ReadOnlySpan<double> links)
    {
        for (int arm = 0; arm < 2; arm++)
        {
            ReadOnlySpan<double> q = x.Slice(arm * 3, 3);
            double px = 0, py = 0, theta = 0;
            for (int j = 0; j < 3; j++)
            {
                theta += q[j];
                (px, py) = Advance(px, py, links[j], theta);
                y[arm * 6 + 2 * j] = px;
                y[arm * 6 + 2 * j + 1] = py;
            }
        }
    }
}
