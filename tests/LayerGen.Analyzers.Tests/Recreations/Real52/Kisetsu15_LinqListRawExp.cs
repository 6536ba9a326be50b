// Source: Kisetsu15/NeuralNetwork Softmax.cs:4 (re-created, not copied)
// Layout: an output function over a List<float>; the denominator is `list.Select(x => MathF.Exp(x)).Sum()` and the
// result a collection expression over a second `Select(z => MathF.Exp(z) / sum)`.
// Label: LG0003 at both exps (the corpus counts each un-shifted exp call) — no maximum is subtracted: a float logit
// above ~88.7 overflows, inf / inf = NaN.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real52.Kisetsu15LinqListRawExp;

public interface IOutputFunction
{
    List<float> Compute(List<float> list);
}

public sealed class Softmax : IOutputFunction
{
    public List<float> Compute(List<float> list)
    {
        float sum = list.Select(x => MathF.Exp(x)).Sum(); //~ LG0003
        return [.. list.Select(z => MathF.Exp(z) / sum)]; //~ LG0003
    }
}
