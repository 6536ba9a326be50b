// Re-creation (our own code) of the shape of karpathy/micrograd (engine.py Value: exp, +, /) as used by micrograd-style
// classifiers that port makemore's `counts = logits.exp(); probs = counts / counts.sum()` onto scalar nodes:
// counts = [logit.exp() for logit in logits]; denom = sum(counts); probs = [c / denom for c in counts].
// Layout: autograd nodes (class Value with Data, Grad and a backward closure), foreach loops over a List<Value>.
// Bug (LG0003): exp of the raw logits; the exp sits in Value.Exp, so the marker is on the line that calls it.
using System;
using System.Collections.Generic;

namespace Recreations.Micrograd_ValueExpUnshifted;

/// <summary>A scalar autograd node.</summary>
public sealed class Value(double data)
{
    /// <summary>The forward value.</summary>
    public double Data { get; } = data;

    /// <summary>The accumulated gradient.</summary>
    public double Grad { get; set; }

    /// <summary>Propagates Grad to the inputs.</summary>
    public Action Backward { get; set; } = () => { };

    /// <summary>Sum node.</summary>
    public static Value operator +(Value a, Value b)
    {
        var outNode = new Value(a.Data + b.Data);
        outNode.Backward = () => { a.Grad += outNode.Grad; b.Grad += outNode.Grad; };
        return outNode;
    }

    /// <summary>Quotient node.</summary>
    public static Value operator /(Value a, Value b)
    {
        var outNode = new Value(a.Data / b.Data);
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
        var outNode = new Value(Math.Exp(Data));
        outNode.Backward = () => Grad += outNode.Grad * outNode.Data;
        return outNode;
    }
}

/// <summary>Softmax over autograd nodes.</summary>
public static class ValueSoftmax
{
    /// <summary>Probabilities of the logits, as Value nodes.</summary>
    public static List<Value> Softmax(List<Value> logits)
    {
        var counts = new List<Value>();
        Value denom = new Value(0.0);
        foreach (Value logit in logits)
        {
            Value count = logit.Exp(); //~ LG0003
            counts.Add(count);
            denom += count;
        }

        var probs = new List<Value>();
        foreach (Value count in counts)
        {
            probs.Add(count / denom);
        }

        return probs;
    }
}
