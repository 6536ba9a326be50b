// Robot kinematics: a four-link planar arm whose joint commands are soft-limited (θ = limit·tanh(q/limit)), forward
// kinematics by accumulated angles, the end effector's x, y and heading, and a smooth joint-limit penalty Σ (θ/limit)^8;
// learnable link lengths.
// Shape: Lynch & Park, Modern Robotics, planar FK, with the tanh squashing of learned-policy action spaces, in C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4)]
public partial class SoftJointLimitsPlanarArm
{
    static readonly double[] Limits = { 2.6, 2.0, 2.0, 1.5 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(4, Initial = 1, StandardDeviation = 0.1)] ReadOnlySpan<double> linkLength)
    {
        double px = 0, py = 0, heading = 0, penalty = 0;
        for (int j = 0; j < x.Length; j++)
        {
            double limit = Limits[j];
            double theta = limit * Math.Tanh(x[j] / limit);
            heading += theta;
            px += linkLength[j] * Math.Cos(heading);
            py += linkLength[j] * Math.Sin(heading);
            double ratio = theta / limit;
            double r2 = ratio * ratio;
            penalty += r2 * r2 * r2 * r2;
        }
        y[0] = px;
        y[1] = py;
        y[2] = heading;
        y[3] = penalty;
    }
}
