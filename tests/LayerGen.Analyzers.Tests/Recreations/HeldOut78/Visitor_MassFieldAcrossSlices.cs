// Idiom: an `ISliceVisitor` (Visit per slice, Complete at the end) implemented by a class that keeps state in fields.
// Use: a flat buffer of fixed-width slices handed to a visitor, one distribution per slice.
// Layout: flat float[count * width], each slice copied out with a range `flat[(i * width)..((i + 1) * width)]`.
// Bug LG0002: the `_mass` field accumulates the exps of every visited slice and Complete divides every slice by it;
// each slice sums to about 1/count.
// Our own code.
using System;
using System.Linq;

namespace HeldOut78.Visitor_MassFieldAcrossSlices;

public interface ISliceVisitor
{
    void Visit(int index, float[] slice);
    void Complete();
}

public sealed class NormalisingVisitor : ISliceVisitor
{
    private readonly float[][] _probs;
    private float _mass;

    public NormalisingVisitor(int count) => _probs = new float[count][];

    public float[][] Probabilities => _probs;

    public void Visit(int index, float[] slice)
    {
        float peak = slice.Max();
        var e = new float[slice.Length];
        for (int j = 0; j < slice.Length; j++)
        {
            e[j] = MathF.Exp(slice[j] - peak);
            _mass += e[j]; //~ LG0002
        }
        _probs[index] = e;
    }

    public void Complete()
    {
        foreach (float[] e in _probs)
            for (int j = 0; j < e.Length; j++) e[j] /= _mass;
    }
}

public static class FlatSlices
{
    public static void Accept(float[] flat, int width, ISliceVisitor visitor)
    {
        for (int i = 0; (i + 1) * width <= flat.Length; i++) visitor.Visit(i, flat[(i * width)..((i + 1) * width)]);
        visitor.Complete();
    }

    public static float[][] Softmax(float[] flat, int width)
    {
        var visitor = new NormalisingVisitor(flat.Length / width);
        Accept(flat, width, visitor);
        return visitor.Probabilities;
    }
}
