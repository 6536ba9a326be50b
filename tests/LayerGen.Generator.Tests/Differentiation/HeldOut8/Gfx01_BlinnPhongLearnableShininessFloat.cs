// Blinn–Phong shading of one surface point: the row holds the normal, the light and the view direction; each is
// normalised in place by a void helper writing a stackalloc span; diffuse max(0, n·l), specular max(0, n·h)^s with a
// learnable log-shininess and specular weight; outputs diffuse, specular and their sum.
// Shape of: Blinn 1977, as in LearnOpenGL's "Advanced Lighting" shader ported to C# (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(9, 3)]
public partial class BlinnPhongLearnableShininessFloat
{
    static void Normalise(ReadOnlySpan<float> v, Span<float> into)
    {
        float inverse = 1.0f / MathF.Sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + 1e-12f);
        for (int k = 0; k < 3; k++) into[k] = v[k] * inverse;
    }

    static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 2.77)] ReadOnlySpan<float> logShininess,
        [Learnable(1, Initial = 0.5)] ReadOnlySpan<float> specularWeight)
    {
        Span<float> n = stackalloc float[3];
        Span<float> l = stackalloc float[3];
        Span<float> v = stackalloc float[3];
        Span<float> sum = stackalloc float[3];
        Span<float> h = stackalloc float[3];
        Normalise(x[0..3], n);
        Normalise(x[3..6], l);
        Normalise(x[6..9], v);
        for (int k = 0; k < 3; k++) sum[k] = l[k] + v[k];
        Normalise(sum, h);

        float diffuse = MathF.Max(0.0f, Dot(n, l));
        float specular = specularWeight[0] * MathF.Pow(MathF.Max(0.0f, Dot(n, h)), MathF.Exp(logShininess[0]));
        y[0] = diffuse;
        y[1] = specular;
        y[2] = diffuse + specular;
    }
}
