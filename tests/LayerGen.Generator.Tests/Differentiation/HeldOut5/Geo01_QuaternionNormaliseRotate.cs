// Rotate a 3-vector by a unit quaternion: the row is q = (w, x, y, z) | v, q is normalised first, then
// v' = v + 2w (u × v) + 2 u × (u × v) (the form in Eigen / scipy.spatial.transform.Rotation.apply).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(7, 3)]
public partial class QuaternionNormaliseRotate
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double norm = Math.Sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3]);
        double w = x[0] / norm, ux = x[1] / norm, uy = x[2] / norm, uz = x[3] / norm;
        double vx = x[4], vy = x[5], vz = x[6];

        // t = 2 (u × v)
        double tx = 2 * (uy * vz - uz * vy);
        double ty = 2 * (uz * vx - ux * vz);
        double tz = 2 * (ux * vy - uy * vx);

        // v' = v + w t + u × t
        y[0] = vx + w * tx + (uy * tz - uz * ty);
        y[1] = vy + w * ty + (uz * tx - ux * tz);
        y[2] = vz + w * tz + (ux * ty - uy * tx);
    }
}
