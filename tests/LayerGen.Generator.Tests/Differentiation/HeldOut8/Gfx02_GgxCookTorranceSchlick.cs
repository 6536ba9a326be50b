// A Cook–Torrance microfacet BRDF times n·l: GGX/Trowbridge–Reitz distribution, Smith–Schlick geometry (k = α/2) and
// Schlick's Fresnel (1 − v·h)⁵ by Math.Pow, with the cosines clamped to 10⁻⁴ from below; learnable roughness logit and
// F₀ logit; the row holds n, l and v (normalised in a helper returning a tuple).
// Shape of: Karis 2013 ("Real Shading in Unreal Engine 4"), LearnOpenGL's PBR lighting shader ported to C# (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 2)]
public partial class GgxCookTorranceSchlick
{
    static (double X, double Y, double Z) Unit(double x, double y, double z)
    {
        double length = Math.Sqrt(x * x + y * y + z * z + 1e-12);
        return (x / length, y / length, z / length);
    }

    static double Logistic(double v) => 1 / (1 + Math.Exp(-v));

    static double SmithSchlick(double cosine, double k) => cosine / (cosine * (1 - k) + k);

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> roughnessLogit,
        [Learnable(1, Initial = -3)] ReadOnlySpan<double> fresnelLogit)
    {
        var (nx, ny, nz) = Unit(x[0], x[1], x[2]);
        var (lx, ly, lz) = Unit(x[3], x[4], x[5]);
        var (vx, vy, vz) = Unit(x[6], x[7], x[8]);
        var (hx, hy, hz) = Unit(lx + vx, ly + vy, lz + vz);

        double alpha = 0.05 + 0.95 * Logistic(roughnessLogit[0]);
        double f0 = Logistic(fresnelLogit[0]);
        double nDotL = Math.Max(nx * lx + ny * ly + nz * lz, 1e-4);
        double nDotV = Math.Max(nx * vx + ny * vy + nz * vz, 1e-4);
        double nDotH = nx * hx + ny * hy + nz * hz;
        double vDotH = Math.Max(vx * hx + vy * hy + vz * hz, 0);

        double a2 = alpha * alpha;
        double denominator = nDotH * nDotH * (a2 - 1) + 1;
        double distribution = a2 / (Math.PI * denominator * denominator);
        double k = alpha / 2;
        double geometry = SmithSchlick(nDotL, k) * SmithSchlick(nDotV, k);
        double fresnel = f0 + (1 - f0) * Math.Pow(1 - vDotH, 5);

        y[0] = distribution * geometry * fresnel / (4 * nDotL * nDotV) * nDotL;
        y[1] = fresnel;
    }
}
