using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Member provenance against every way another method can fill the member: a member the forward pass fills with
/// softmax outputs is a softmax output elsewhere only when no other method of the type may store other values into it.
/// A store the model cannot prove to be softmax counts as "something else", whatever its spelling: a copy into the
/// member (<c>CopyTo</c>, <c>Array.Copy</c>, <c>AsSpan().CopyTo</c>, <c>Buffer.BlockCopy</c>, a library kernel's
/// destination span), a span, <c>ref</c>, pointer or array alias written, an <c>out</c>/<c>ref</c> argument, a helper
/// or another object's method that fills the array passed to it, <c>Array.Fill</c> with data, a property setter. The
/// backward's <c>y(1 − y)</c> (LG0007), the Jacobian (LG0006) and the loss's log (LG0005) then stay silent. Twins that
/// only read, copy out, clear or fill the member with a constant keep the finding.
/// </summary>
public class SoftmaxModelProvenanceWritesTests
{
    private const string SigmoidInto = "var s = new float[x.Length]; for (var i = 0; i < x.Length; i++) s[i] = 1f / (1f + MathF.Exp(-x[i]));";

    /// <summary>Another method stores sigmoid or tanh values into the member: the diagonal is then right (silent).</summary>
    [Theory]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " s.CopyTo(_y, 0); }")]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " Array.Copy(s, _y, s.Length); }")]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " Array.Copy(s, 0, _y, 0, s.Length); }")]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " s.AsSpan().CopyTo(_y); }")]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " s.AsSpan(0, x.Length).CopyTo(_y.AsSpan()); }")]
    [InlineData("public void Sigmoid(float[] x) { " + SigmoidInto + " Buffer.BlockCopy(s, 0, _y, 0, s.Length * sizeof(float)); }")]
    [InlineData("public void Tanh(float[] x) { Span<float> view = _y; for (var i = 0; i < x.Length; i++) view[i] = MathF.Tanh(x[i]); }")]
    [InlineData("public void Tanh(float[] x) { var view = _y.AsSpan(0, x.Length); for (var i = 0; i < x.Length; i++) view[i] = MathF.Tanh(x[i]); }")]
    [InlineData("public void Tanh(float[] x) { var y = _y; for (var i = 0; i < x.Length; i++) y[i] = MathF.Tanh(x[i]); }")]
    [InlineData("public void Tanh(float[] x) { for (var i = 0; i < x.Length; i++) { ref float slot = ref _y[i]; slot = MathF.Tanh(x[i]); } }")]
    [InlineData("public void Tanh(float[] x) { x.CopyTo(_y, 0); foreach (ref var v in _y.AsSpan()) v = MathF.Tanh(v); }")]
    [InlineData("public unsafe void Tanh(float[] x) { fixed (float* p = _y) { for (var i = 0; i < x.Length; i++) p[i] = MathF.Tanh(x[i]); } }")]
    [InlineData("public unsafe void Tanh(float[] x) { fixed (float* p = &_y[0]) { for (var i = 0; i < x.Length; i++) *(p + i) = MathF.Tanh(x[i]); } }")]
    [InlineData("public void Tanh(float[] x) { for (var i = 0; i < x.Length; i++) Store(ref _y[i], MathF.Tanh(x[i])); } private static void Store(ref float slot, float v) => slot = v;")]
    [InlineData("public void Tanh(float[] x) { Squash(x, out _y); } private static void Squash(float[] x, out float[] y) { y = new float[x.Length]; for (var i = 0; i < x.Length; i++) y[i] = MathF.Tanh(x[i]); }")]
    [InlineData("public void Tanh(float[] x) { Squash(x, _y); } private static void Squash(float[] x, float[] y) { for (var i = 0; i < x.Length; i++) y[i] = MathF.Tanh(x[i]); }")]
    [InlineData("public void Sigmoid(float[] x) { _act.Apply(x, _y); }")]
    [InlineData("public void Tanh(float[] x) { System.Numerics.Tensors.TensorPrimitives.Tanh(x, _y); }")]
    [InlineData("public void Uniform(float v) { Array.Fill(_y, v); }")]
    [InlineData("public void Tanh(float[] x) { _y.AsSpan().Fill(MathF.Tanh(x[0])); }")]
    [InlineData("public float[] Output { get => _y; set => value.CopyTo(_y, 0); }")]
    [InlineData("public float[] Output { set { Array.Copy(value, _y, value.Length); } }")]
    public async Task OtherValuesWrittenAnyWayKeepTheDiagonalSilent(string otherWriter)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Head(otherWriter, DiagonalBackward)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Head(otherWriter, JacobianBackward)));
        Assert.Empty(await FixRunner.ReportedIdsAsync(Head(otherWriter, LogLoss)));
    }

    /// <summary>
    /// Methods that only read the member, copy it out, clear it or fill it with a constant do not store other values:
    /// the forward's probabilities still reach the backward and the loss, so their bugs are reported.
    /// </summary>
    [Theory]
    [InlineData("public float[] Snapshot() { var copy = new float[_y.Length]; _y.CopyTo(copy, 0); return copy; }")]
    [InlineData("public float[] Snapshot() { var copy = new float[_y.Length]; Array.Copy(_y, copy, _y.Length); return copy; }")]
    [InlineData("public float[] Snapshot() { var copy = new float[_y.Length]; _y.AsSpan().CopyTo(copy); return copy; }")]
    [InlineData("public float Peak() { var y = _y; var best = 0f; for (var i = 0; i < y.Length; i++) best = MathF.Max(best, y[i]); return best; }")]
    [InlineData("public float Peak() { ReadOnlySpan<float> view = _y; return System.Numerics.Tensors.TensorPrimitives.Max(view); }")]
    [InlineData("public float Total() => Sum(_y); private static float Sum(float[] v) { var s = 0f; for (var i = 0; i < v.Length; i++) s += v[i]; return s; }")]
    [InlineData("public void Reset() { Array.Fill(_y, 0f); }")]
    [InlineData("public void Reset() { _y.AsSpan().Clear(); }")]
    public async Task ReadsCopiesOutAndResetsKeepTheFinding(string otherMethod)
    {
        Assert.Equal(["LG0007"], await FixRunner.ReportedIdsAsync(Head(otherMethod, DiagonalBackward)));
        Assert.Equal(["LG0006"], await FixRunner.ReportedIdsAsync(Head(otherMethod, JacobianBackward)));
        Assert.Equal(["LG0005"], await FixRunner.ReportedIdsAsync(Head(otherMethod, LogLoss)));
    }

    /// <summary>
    /// The forward itself stores sigmoid outputs into the member on another branch (a copy, a library kernel, an alias):
    /// the member is not always a softmax output, so the diagonal is right on that branch and must not be reported; the
    /// softmax-only twin is. Known gap (skipped, reported today): the writer's stores are merged, not each checked.
    /// </summary>
    [Theory]
    [InlineData("var s = new float[x.Length]; for (var i = 0; i < x.Length; i++) s[i] = 1f / (1f + MathF.Exp(-x[i])); s.CopyTo(_y, 0);", null, Skip = "known gap: a forward that also stores sigmoid values into the member on another branch is read as a probability writer (its stores are merged, not each checked)")]
    [InlineData("System.Numerics.Tensors.TensorPrimitives.Sigmoid(x, _y);", null, Skip = "known gap: a forward that also stores sigmoid values into the member on another branch is read as a probability writer (its stores are merged, not each checked)")]
    [InlineData("Span<float> view = _y; for (var i = 0; i < x.Length; i++) view[i] = 1f / (1f + MathF.Exp(-x[i]));", null, Skip = "known gap: a forward that also stores sigmoid values into the member on another branch is read as a probability writer (its stores are merged, not each checked)")]
    [InlineData("for (var i = 0; i < x.Length; i++) _y[i] = 1f / (1f + MathF.Exp(-x[i]));", null, Skip = "known gap: a forward that also stores sigmoid values into the member on another branch is read as a probability writer (its stores are merged, not each checked)")]
    [InlineData("return;", "LG0007")]
    public async Task ForwardThatStoresSigmoidOnAnotherBranch(string sigmoidBranch, string? expected)
    {
        var source = $$"""
            using System;

            public sealed class Head
            {
                private float[] _y = new float[16];
                private bool _multiLabel;

                public void Forward(float[] x)
                {
                    if (_multiLabel)
                    {
                        {{sigmoidBranch}}
                    }
                    else
                    {
                        var m = float.NegativeInfinity;
                        for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                        var s = 0f;
                        for (var i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                        for (var i = 0; i < x.Length; i++) _y[i] = MathF.Exp(x[i] - m) / s;
                    }
                }

                {{DiagonalBackward}}
            }
            """;
        Assert.Equal(expected is null ? [] : [expected], await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// Another type of the file stores sigmoid outputs into the layer's public member (directly, through a copy):
    /// the member is not only the forward's softmax output (silent). A type that only reads it keeps the finding.
    /// </summary>
    [Theory]
    [InlineData("public static void Sigmoid(Head head, float[] x) { for (var i = 0; i < x.Length; i++) head.Y[i] = 1f / (1f + MathF.Exp(-x[i])); }", null)]
    [InlineData("public static void Sigmoid(Head head, float[] s) { s.CopyTo(head.Y, 0); }", null)]
    [InlineData("public static float Peak(Head head) { var best = 0f; foreach (var v in head.Y) best = MathF.Max(best, v); return best; }", "LG0007")]
    public async Task AnotherTypeWritesThePublicMember(string otherType, string? expected)
    {
        var source = $$"""
            using System;

            public static class Outside
            {
                {{otherType}}
            }

            public sealed class Head
            {
                public float[] Y = new float[16];

                public void Forward(float[] x)
                {
                    var m = float.NegativeInfinity;
                    for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                    var s = 0f;
                    for (var i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                    for (var i = 0; i < x.Length; i++) Y[i] = MathF.Exp(x[i] - m) / s;
                }

                public void Backward(float[] dy, float[] dx) { for (var i = 0; i < dx.Length; i++) dx[i] = Y[i] * (1f - Y[i]) * dy[i]; }
            }
            """;
        Assert.Equal(expected is null ? [] : [expected], await FixRunner.ReportedIdsAsync(source));
    }

    private const string DiagonalBackward =
        "public void Backward(float[] dy, float[] dx) { for (var i = 0; i < dx.Length; i++) dx[i] = _y[i] * (1f - _y[i]) * dy[i]; }";

    private const string JacobianBackward = """
        public void Backward(float[] dy, float[] dx)
        {
            var n = _y.Length;
            var jacobian = new float[n, n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    jacobian[i, j] = i == j ? _y[i] * (1f - _y[i]) : -_y[i] * _y[j];
            for (var i = 0; i < n; i++)
            {
                var g = 0f;
                for (var j = 0; j < n; j++) g += jacobian[i, j] * dy[j];
                dx[i] = g;
            }
        }
        """;

    private const string LogLoss = "public float Loss(int target) => -MathF.Log(_y[target]);";

    private static string Head(string otherWriter, string reader) => $$"""
        using System;

        public sealed class Activation
        {
            public void Apply(float[] x, float[] y)
            {
                for (var i = 0; i < x.Length; i++) y[i] = 1f / (1f + MathF.Exp(-x[i]));
            }
        }

        public sealed class Head
        {
            private float[] _y = new float[16];
            private readonly Activation _act = new Activation();

            public void Forward(float[] x)
            {
                var m = float.NegativeInfinity;
                for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                var s = 0f;
                for (var i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                _y = new float[x.Length];
                for (var i = 0; i < x.Length; i++) _y[i] = MathF.Exp(x[i] - m) / s;
            }

            {{otherWriter}}

            {{reader}}
        }
        """;
}
