// Re-creation (our own code) of the shape of karpathy/micrograd (engine.py Value with exp, +, *, / via pow(-1)) as
// used in micrograd-style classifiers: the logits' data max is taken as a constant and subtracted,
// counts = [(logit - max).exp() for logit in logits]; denom = sum(counts); probs = [c / denom for c in counts].
// Layout: autograd nodes (class Value with Data, Grad, children and a backward closure), LINQ over a Value[].
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Micrograd_ValueSoftmaxShifted;

/// <summary>A scalar autograd node in the micrograd style.</summary>
public sealed class Value(double data, params Value[] children)
{
    /// <summary>The forward value.</summary>
    public double Data { get; } = data;

    /// <summary>The accumulated gradient.</summary>
    public double Grad { get; set; }

    /// <summary>The nodes this one was computed from.</summary>
    public IReadOnlyList<Value> Children { get; } = children;

    /// <summary>Propagates Grad to the children.</summary>
    public Action Backward { get; set; } = () => { };

    /// <summary>Sum node.</summary>
    public static Value operator +(Value a, Value b)
    {
        var outNode = new Value(a.Data + b.Data, a, b);
        outNode.Backward = () => { a.Grad += outNode.Grad; b.Grad += outNode.Grad; };
        return outNode;
    }

    /// <summary>Subtracting a constant.</summary>
    public static Value operator -(Value a, double c)
    {
        var outNode = new Value(a.Data - c, a);
        outNode.Backward = () => a.Grad += outNode.Grad;
        return outNode;
    }

    /// <summary>Quotient node.</summary>
    public static Value operator /(Value a, Value b)
    {
        var outNode = new Value(a.Data / b.Data, a, b);
        outNode.Backward = () =>
        {
            a.Grad += outNode.Grad / b.Data;
            b.Grad -= outNode.Grad * a.Data / (b.Data * b.Data);
        };
        return outNode;
    }

    /// <summary>exp node.</summary>
    public Value Exp()
    {
        var outNode = new Value(Math.Exp(Data), this);
        outNode.Backward = () => Grad += outNode.Grad * outNode.Data;
        return outNode;
    }
}

/// <summary>Softmax over autograd nodes.</summary>
public static class ValueSoftmax
{
    /// <summary>Probabilities of the logits, as Value nodes.</summary>
    public static Value[] Softmax(Value[] logits)
    {
        double maxData = logits.Max(l => l.Data);
        Value[] counts = logits.Select(l => (l - maxData).Exp()).ToArray();
        Value denom = counts.Aggregate((a, b) => a + b);
        return counts.Select(c => c / denom).ToArray();
    }
}
