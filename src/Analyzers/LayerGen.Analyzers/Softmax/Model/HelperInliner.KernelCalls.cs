using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Calls of a kernel, a local function of the method, a lambda in a delegate local written once, or a method of the same
/// type called unqualified (static, or an instance method called from one), whose body
/// only returns an exp (<c>double Kernel(double d) =&gt; Math.Exp(-alpha * (d - dMin))</c>, <c>Func&lt;double, double&gt;
/// k = d =&gt; …</c>, also <c>{ return …; }</c>): the call becomes the returned expression with each argument in place of
/// its parameter (<c>p[i, j] = Kernel(d[i, j])</c> → <c>p[i, j] = Math.Exp(-alpha * ((d[i, j]) - dMin))</c>), so every
/// rule judges the exp exactly as written inline (HeldOut51 <c>Dispersal_LandscapeMinimum</c>). The model's own readings
/// of such helpers (SoftmaxModel.ExpHelperArguments.cs) took one parameter only when the exponent is that parameter, and
/// no captured local that is not data-free (a captured max or min), so a kernel shifted by a captured extremum was no
/// softmax exp at all. The substitution is exact: the kernel reads its captured variables when it is called, as the
/// inline exp does, and is made only when every name of the body binds to the same symbol at the call.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Per local function or delegate local: its kernel (parameters and returned expression), or null.</summary>
    private readonly Dictionary<ISymbol, Kernel?> _kernels = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The returned expression of <paramref name="call"/>'s kernel with the call's arguments in place of its parameters,
    /// annotated with the call's origin; null when the callee is no kernel or the body would not mean the same at the call.
    /// </summary>
    private ExpressionSyntax? SubstitutedKernelCall(InvocationExpressionSyntax call)
    {
        if (_scope.Helper is not null || _calls >= MaxCalls || KernelOf(call) is not { } kernel || !BindsAtCall(kernel, call))
        {
            return null;
        }

        var arguments = new Dictionary<int, ExpressionSyntax>();
        for (var index = 0; index < call.ArgumentList.Arguments.Count; index++)
        {
            var argument = call.ArgumentList.Arguments[index];

            // A parameter read once or an argument without effects: substituting it evaluates what the call evaluated.
            if (!IsPlain(argument.Expression) && kernel.Reads(index) != 1 || Visit(argument.Expression) is not ExpressionSyntax value)
            {
                return null;
            }

            arguments[index] = Parenthesised(value);
        }

        var outer = _scope;
        _scope = new Scope(kernel.Method, arguments, new Dictionary<string, string>(System.StringComparer.Ordinal), outer.Depth + 1);
        try
        {
            if (Visit(kernel.Returned) is not ExpressionSyntax substituted)
            {
                return null;
            }

            _calls++;
            if (kernel.Declaration is MethodDeclarationSyntax declaration)
            {
                // A method's body is copied from outside the method: its findings about the caller's softmax go to the call (InlinedBody.CallerOf).
                _spans.Add(declaration.Span);
            }

            // The kernel's own nodes lose their origins: every finding about its body (an exp, a shift) lands on the call,
            // the documented place for a helper's findings, for local functions, lambdas and methods alike.
            substituted = InlinedBody.WithoutOriginsWithin(substituted, kernel.Declaration.Span);
            return SyntaxFactory.ParenthesizedExpression(substituted.WithoutTrivia()).WithTriviaFrom(call)
                .WithAdditionalAnnotations(InlinedBody.OriginOf(call), InlinedBody.CallOf(call), InlinedBody.KernelCallOf(KernelName(kernel, call), KernelExponent(call)));
        }
        finally
        {
            _scope = outer;
        }
    }

    /// <summary>
    /// The kernel's name as main names an exp helper in a message: <c>Type.Name</c> for a method or local function
    /// (<c>'S.Kernel'</c>), the delegate local's name for a lambda (<c>'kernel'</c>).
    /// </summary>
    private static string KernelName(Kernel kernel, InvocationExpressionSyntax call)
    {
        var callee = call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax local } ? local : call.Expression;
        return kernel.Method.MethodKind == MethodKind.AnonymousFunction
            ? callee.ToString()
            : kernel.Method.ContainingType.Name + "." + kernel.Method.Name;
    }

    /// <summary>What the call exponentiates as written: its one argument (<c>'arms[a]'</c>, as for an exp helper); empty for several (the message keeps the substituted exponent).</summary>
    private static string KernelExponent(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.Count == 1 ? OneLine(call.ArgumentList.Arguments[0].Expression.ToString()) : string.Empty;

    /// <summary>Source text on one line, each run of white space one blank (an argument written over several lines).</summary>
    private static string OneLine(string text) =>
        string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The kernel <paramref name="call"/> runs: a local function of this method, or the lambda of a delegate local of
    /// this method written only by its declaration (<c>k(x)</c>, <c>k.Invoke(x)</c>), whose body returns an exp-like call
    /// (<see cref="ExpHelperSyntax.ReturnedExpLikeCall"/>) and nothing else, reads no lambda, writes nothing, and takes
    /// every parameter by value; the call passes each parameter positionally. Null otherwise. Memoised per callee.
    /// </summary>
    private Kernel? KernelOf(InvocationExpressionSyntax call)
    {
        var callee = call.Expression switch
        {
            IdentifierNameSyntax name => name,
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax name, Name.Identifier.ValueText: "Invoke" } => name,
            _ => null,
        };
        if (callee is null || call.ArgumentList.Arguments.Any(argument => argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            || _model.GetSymbolInfo(callee, _cancellationToken).Symbol is not { } symbol
            || symbol is not (IMethodSymbol { MethodKind: MethodKind.LocalFunction } or ILocalSymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false })
            || symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } ordinary && (call.Expression is not IdentifierNameSyntax || !IsOwnKernelMethod(ordinary)))
        {
            return null;
        }

        if (!_kernels.TryGetValue(symbol, out var kernel))
        {
            kernel = ReadKernel(symbol);
            _kernels[symbol] = kernel;
        }

        return kernel is not null && kernel.Method.Parameters.Length == call.ArgumentList.Arguments.Count && !kernel.Declaration.Span.Contains(call.Span) ? kernel : null;
    }

    /// <summary>The kernel a local function or a delegate local of this method holds (see <see cref="KernelOf"/>); null otherwise.</summary>
    private Kernel? ReadKernel(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1 || symbol.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not { } declared
            || declared.SyntaxTree != _declaration.SyntaxTree || declared is not MethodDeclarationSyntax && !_declaration.Span.Contains(declared.Span))
        {
            return null;
        }

        SyntaxNode? body;
        IMethodSymbol? method;
        switch (declared)
        {
            case MethodDeclarationSyntax declaration when symbol is IMethodSymbol own:
                body = ExpHelperSyntax.BodyOf(declaration);
                method = own;
                break;
            case LocalFunctionStatementSyntax function when symbol is IMethodSymbol { IsGenericMethod: false, IsAsync: false } localFunction:
                body = ExpHelperSyntax.BodyOf(function);
                method = localFunction;
                break;
            case VariableDeclaratorSyntax { Initializer.Value: var value } when symbol is ILocalSymbol { RefKind: RefKind.None } local && IsOnlyCalled(local)
                && ExpHelperSyntax.Unparenthesised(value) is AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: 0 } lambda:
                body = ExpHelperSyntax.BodyOf(lambda);
                method = _model.GetSymbolInfo(lambda, _cancellationToken).Symbol as IMethodSymbol;
                declared = lambda;
                break;
            default:
                return null;
        }

        // One returned expression: the expression body, or a block of one return.
        var returned = body as ExpressionSyntax ?? BodySyntax.ReturnedValue(body as StatementSyntax);
        // The exp's arguments are arithmetic (as SoftmaxModel.ArithmeticHelpers.cs reads a helper's exponent), also of element
        // reads of its array parameters at arithmetic indices (HelperInliner.IndexedKernels.cs): a kernel that clamps or takes
        // a magnitude first (Exp(-Abs(v) / t)) stays a call, read as before.
        if (method is null || returned is null || ExpHelperSyntax.ReturnedExpLikeCall(returned) is not { } exp
            || method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.IsParams)
            || !exp.ArgumentList.Arguments.All(argument => argument.NameColon is null && argument.RefKindKeyword.RawKind == 0 && IsKernelOperandSyntax(argument.Expression, method)))
        {
            return null;
        }

        // An exp of the one parameter itself (static double Weight(double z) => Math.Exp(z)) is an exp helper the model reads
        // already (SoftmaxModel.Values.cs IsExpHelper), its finding at the call: kept.
        if (method.Parameters.Length == 1 && exp.ArgumentList.Arguments.Count > 0 && ExpHelperSyntax.Unparenthesised(exp.ArgumentList.Arguments[exp.ArgumentList.Arguments.Count - 1].Expression) is IdentifierNameSyntax only
            && only.Identifier.ValueText == method.Parameters[0].Name)
        {
            return null;
        }

        // Each parameter's reads, and the body's other names with what they bind to where the kernel is declared.
        var reads = new int[method.Parameters.Length];
        var names = new List<(IdentifierNameSyntax Name, ISymbol Symbol)>();
        foreach (var name in returned.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (name.Parent is MemberAccessExpressionSyntax { Name: var member } && member == name || name.IsVar)
            {
                continue;
            }

            switch (_model.GetSymbolInfo(name, _cancellationToken).Symbol)
            {
                case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                    reads[parameter.Ordinal]++;
                    break;
                case null:
                    return null;
                case var other:
                    names.Add((name, other));
                    break;
            }
        }

        return new Kernel(method, declared, returned, reads, names);
    }

    /// <summary>Names, member reads, literals and <c>+ - * /</c>, unary signs, parentheses and casts of them: no call, no write.</summary>
    private static bool IsArithmeticSyntax(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or PredefinedTypeSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => IsArithmeticSyntax(parenthesized.Expression),
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } member => IsArithmeticSyntax(member.Expression),
        BinaryExpressionSyntax binary => binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression
            && IsArithmeticSyntax(binary.Left) && IsArithmeticSyntax(binary.Right),
        PrefixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression && IsArithmeticSyntax(unary.Operand),
        CastExpressionSyntax cast => IsArithmeticSyntax(cast.Expression),
        _ => false,
    };

    /// <summary>
    /// A method of the method's own type that reads as it does where the method calls it unqualified: not virtual or
    /// abstract (<see cref="HelperReach.MayFollow"/>), and static unless the method itself is an instance member.
    /// </summary>
    private bool IsOwnKernelMethod(IMethodSymbol method) =>
        HelperReach.MayFollow(method, _owner) && HelperReach.IsOwnType(method, _owner) && (method.IsStatic || !_owner.IsStatic);

    /// <summary>
    /// True when every reference to a delegate local but its declaration calls it (<c>k(x)</c>, <c>k.Invoke(x)</c>): no
    /// assignment in any form (plain, parenthesised, deconstructed), no <c>ref</c>/<c>out</c> argument or <c>ref</c>
    /// alias, no hand-off, so the lambda it was declared with is the one every call runs (review48 M16).
    /// </summary>
    private bool IsOnlyCalled(ILocalSymbol local) =>
        _declaration.DescendantNodes().OfType<IdentifierNameSyntax>().All(name => name.Identifier.ValueText != local.Name
            || name.Parent is InvocationExpressionSyntax { Expression: var callee } && callee == name
            || name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Invoke", Expression: var invoked, Parent: InvocationExpressionSyntax } && invoked == name
            || !SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, local));

    /// <summary>
    /// True when every name the kernel's body reads (a captured local, a field, a type) binds to the same symbol at
    /// <paramref name="call"/>: the substituted expression then reads what the kernel reads when it is called.
    /// </summary>
    private bool BindsAtCall(Kernel kernel, InvocationExpressionSyntax call)
    {
        foreach (var (name, symbol) in kernel.Names)
        {
            var atCall = _model.GetSpeculativeSymbolInfo(call.SpanStart, name, SpeculativeBindingOption.BindAsExpression).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(atCall, symbol))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A kernel: the method (local function or lambda), its declaration, the expression it returns, and what that reads.</summary>
    private sealed class Kernel
    {
        private readonly int[] _reads;

        public Kernel(IMethodSymbol method, SyntaxNode declaration, ExpressionSyntax returned, int[] reads, List<(IdentifierNameSyntax Name, ISymbol Symbol)> names)
        {
            Method = method;
            Declaration = declaration;
            Returned = returned;
            _reads = reads;
            Names = names;
        }

        /// <summary>The local function, or the lambda's method symbol.</summary>
        public IMethodSymbol Method { get; }

        /// <summary>The local function statement or the lambda: a call inside it is not substituted (no recursion).</summary>
        public SyntaxNode Declaration { get; }

        /// <summary>The expression the body returns.</summary>
        public ExpressionSyntax Returned { get; }

        /// <summary>The body's names other than its parameters, with their symbols where the kernel is declared.</summary>
        public List<(IdentifierNameSyntax Name, ISymbol Symbol)> Names { get; }

        /// <summary>How many times the body reads the parameter at <paramref name="ordinal"/>.</summary>
        public int Reads(int ordinal) => _reads[ordinal];
    }
}
