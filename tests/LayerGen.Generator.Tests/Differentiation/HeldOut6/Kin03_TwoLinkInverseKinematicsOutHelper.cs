// expect: gradient
// Closed-form inverse kinematics of a planar 2-link arm (L1 = 1.5, L2 = 1) for two targets: each target is squashed
// into the reachable annulus (radius 0.75 + 1.5·tanh |p|), the elbow angle comes from the law of cosines in a helper
// that also hands back sin(elbow) through an out parameter, the shoulder from two atan2s; outputs both angles and the
// elbow position. Shape from robotics-course IK code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 8)]
public partial class TwoLinkInverseKinematicsOutHelper
{
    const double L1 = 1.5, L2 = 1.0;

    static double ElbowAngle(double radius, out double sinElbow)
    {
        double cosElbow = (radius * radius - L1 * L1 - L2 * L2) / (2 * L1 * L2);
        double angle = Math.Acos(cosElbow);
        sinElbow = Math.Sin(angle);
        return angle;
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int t = 0; t < 2; t++)
        {
            double px = x[2 * t], py = x[2 * t + 1];
            double raw = Math.Sqrt(px * px + py * py + 1e-12);
            double radius = 0.75 + 1.5 * Math.Tanh(raw);
            double tx = px / raw * radius, ty = py / raw * radius;

            double elbow = ElbowAngle(radius, out double sinElbow);
            double shoulder = Math.Atan2(ty, tx) - Math.Atan2(L2 * sinElbow, L1 + L2 * Math.Cos(elbow));
            y[4 * t] = shoulder;
            y[4 * t + 1] = elbow;
            y[4 * t + 2] = L1 * Math.Cos(shoulder);
            y[4 * t + 3] = L1 * Math.Sin(shoulder);
        }
    }
}
