using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Member provenance: a field, auto-property or user-tensor member that the type's forward pass fills with softmax
/// outputs is read as probabilities by the type's other methods (the backward pass, the loss). Other spellings of the
/// same idea: a protected field of a base class whose forward stores the result of a virtual activation the softmax
/// layer overrides, a user tensor filled through its indexer, an array auto-property. Correct twins stay silent: the
/// same layouts with a sigmoid activation (y(1 − y) is its derivative), a member that another method of the type
/// overwrites with something that is not a softmax output, and the correct O(n) product.
/// </summary>
public class SoftmaxModelMemberProvenanceTests
{
    private const string Softmax = """
        var m = float.NegativeInfinity;
        for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
        var e = new float[x.Length];
        var s = 0f;
        for (var i = 0; i < x.Length; i++) { e[i] = MathF.Exp(x[i] - m); s += e[i]; }
        var r = new float[x.Length];
        for (var i = 0; i < x.Length; i++) r[i] = e[i] / s;
        return r;
        """;

    private const string Sigmoid = """
        var r = new float[x.Length];
        for (var i = 0; i < x.Length; i++) r[i] = 1f / (1f + MathF.Exp(-x[i]));
        return r;
        """;

    /// <summary>
    /// The base layer's FeedForward stores the overridden activation's result in a protected field; the derived
    /// layer's gradient reads it. Softmax activation: only the Jacobian's diagonal (LG0007); sigmoid: right.
    /// </summary>
    [Theory]
    [InlineData(Softmax, "LG0007")]
    [InlineData(Sigmoid, null)]
    public async Task ProtectedFieldFilledByTheBaseForwardThroughAnOverride(string activation, string? expected)
    {
        var source = $$"""
            using System;

            public abstract class Layer
            {
                protected float[] outputs = new float[0];

                public float[] FeedForward(float[] x)
                {
                    outputs = Activation(x);
                    return outputs;
                }

                protected abstract float[] Activation(float[] x);

                public abstract float[] Gradient(float[] upstream);
            }

            public sealed class OutputLayer : Layer
            {
                protected override float[] Activation(float[] x)
                {
                    {{activation}}
                }

                public override float[] Gradient(float[] upstream)
                {
                    var g = new float[upstream.Length];
                    for (var k = 0; k < g.Length; k++) g[k] = outputs[k] * (1f - outputs[k]) * upstream[k];
                    return g;
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>The same hierarchy with the output kept in a protected auto-property the base sets.</summary>
    [Theory]
    [InlineData(Softmax, "LG0007")]
    [InlineData(Sigmoid, null)]
    public async Task ProtectedPropertyFilledByTheBaseForwardThroughAnOverride(string activation, string? expected)
    {
        var source = $$"""
            using System;

            public abstract class Activation
            {
                protected float[] Y { get; private set; } = new float[0];

                public float[] Activate(float[] x)
                {
                    Y = Compute(x);
                    return Y;
                }

                protected abstract float[] Compute(float[] x);
            }

            public sealed class Probabilities : Activation
            {
                protected override float[] Compute(float[] x)
                {
                    {{activation}}
                }

                public void Backpropagate(float[] dy, float[] dx)
                {
                    for (var k = 0; k < dx.Length; k++)
                    {
                        var y = Y[k];
                        dx[k] = dy[k] * (y - y * y);
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A user tensor member filled through its indexer by the forward pass: <c>(1 − y) · y</c> of it in Backpropagate
    /// is the diagonal only; the same layer with a logistic forward is right.
    /// </summary>
    [Theory]
    [InlineData("MathF.Exp(inputs[i] - m) / sum", "LG0007")]
    [InlineData("1f / (1f + MathF.Exp(-inputs[i]))", null)]
    public async Task UserTensorMemberFilledThroughItsIndexer(string output, string? expected)
    {
        var source = $$"""
            using System;

            public sealed class Tensor(int length)
            {
                private readonly float[] _values = new float[length];

                public int Length => _values.Length;

                public float this[int index]
                {
                    get => _values[index];
                    set => _values[index] = value;
                }
            }

            public sealed class OutputLayer(int size)
            {
                public Tensor Outputs { get; private set; } = new Tensor(size);

                public Tensor Backpropagate(Tensor errors)
                {
                    var signals = new Tensor(Outputs.Length);
                    for (int o = 0; o < Outputs.Length; o++)
                    {
                        float error = errors[o];
                        float y = Outputs[o];
                        float derivative = (1f - y) * y;
                        signals[o] = error * derivative;
                    }

                    return signals;
                }

                public Tensor Forward(Tensor inputs)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < inputs.Length; i++) m = MathF.Max(m, inputs[i]);
                    float sum = 0f;
                    for (int i = 0; i < inputs.Length; i++) sum += MathF.Exp(inputs[i] - m);
                    for (int i = 0; i < inputs.Length; i++) Outputs[i] = {{output}};
                    return Outputs;
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A member the forward fills with probabilities but another method of the type overwrites with other values
    /// (a tanh mode, a copy of the caller's data) is not a softmax output: its y(1 − y) is not reported. A method that
    /// only allocates or clears it does not count against it.
    /// </summary>
    [Theory]
    [InlineData("public void Load(float[] values) { _y = values; }", null)]
    [InlineData("public void Tanh(float[] x) { for (var i = 0; i < x.Length; i++) _y[i] = MathF.Tanh(x[i]); }", null)]
    [InlineData("public void Resize(int n) { _y = new float[n]; }", "LG0007")]
    [InlineData("public void Reset() { Array.Clear(_y, 0, _y.Length); }", "LG0007")]
    public async Task MemberWrittenByAnotherMethodWithOtherValues(string otherWriter, string? expected)
    {
        var source = $$"""
            using System;

            public sealed class Head
            {
                private float[] _y = new float[0];

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

                public void Backward(float[] dy, float[] dx)
                {
                    for (var i = 0; i < dx.Length; i++) dx[i] = _y[i] * (1f - _y[i]) * dy[i];
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A <c>List&lt;float&gt;</c> auto-property filled by the forward with <c>Add</c>: the diagonal in the backward is
    /// reported; the O(n) product <c>y ⊙ (dy − ⟨y, dy⟩)</c> over the same member is right.
    /// </summary>
    [Theory]
    [InlineData("dx[i] = Probs[i] * (1f - Probs[i]) * dy[i];", "LG0007")]
    [InlineData("dx[i] = Probs[i] * (dy[i] - dot);", null)]
    public async Task ListPropertyFilledByTheForward(string backward, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            public sealed class Head
            {
                public List<float> Probs { get; } = new List<float>();

                public void Forward(float[] x)
                {
                    var m = float.NegativeInfinity;
                    for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                    var s = 0f;
                    for (var i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                    Probs.Clear();
                    for (var i = 0; i < x.Length; i++) Probs.Add(MathF.Exp(x[i] - m) / s);
                }

                public void Backward(float[] dy, float[] dx)
                {
                    var dot = 0f;
                    for (var i = 0; i < dx.Length; i++) dot += Probs[i] * dy[i];
                    for (var i = 0; i < dx.Length; i++) {{backward}}
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// The diagonal kept in a local before it meets the error, over a field the forward fills: reported when the field
    /// holds softmax outputs, silent for a logistic forward and when the local is not only a factor of the gradient.
    /// </summary>
    [Theory]
    [InlineData("MathF.Exp(x[i] - m) / s", "float d = (1f - y) * y; dx[k] = dy[k] * d;", "LG0007")]
    [InlineData("MathF.Exp(x[i] - m) / s", "var d = y - y * y; dx[k] = 0.5f * (d * dy[k]);", "LG0007")]
    [InlineData("1f / (1f + MathF.Exp(-x[i]))", "float d = (1f - y) * y; dx[k] = dy[k] * d;", null)]
    [InlineData("MathF.Exp(x[i] - m) / s", "float d = (1f - y) * y; if (d > 0.2f) dx[k] = dy[k];", null)]
    public async Task DiagonalKeptInALocalOverAForwardField(string output, string backward, string? expected)
    {
        var source = $$"""
            using System;

            public sealed class Head
            {
                private readonly float[] _y = new float[16];

                public void Forward(float[] x)
                {
                    var m = float.NegativeInfinity;
                    for (var i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                    var s = 0f;
                    for (var i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                    for (var i = 0; i < x.Length; i++) _y[i] = {{output}};
                }

                public void Backward(float[] dy, float[] dx)
                {
                    for (var k = 0; k < dx.Length; k++)
                    {
                        var y = _y[k];
                        {{backward}}
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    private static string[] Expected(string? id) => id is null ? [] : [id];
}
