import html, os, re, sys, hashlib
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.in_pre=False; s.in_code=False; s.buf=[]; s.blocks=[]; s.cls=''
    def handle_starttag(s, tag, attrs):
        a=dict(attrs)
        if tag=='pre': s.in_pre=True; s.precls=a.get('class','') or ''
        if tag=='code' and s.in_pre: s.in_code=True; s.buf=[]; s.cls=(a.get('class','') or '')+' '+s.precls
    def handle_endtag(s, tag):
        if tag=='code' and s.in_code:
            s.in_code=False; s.blocks.append((s.cls, ''.join(s.buf)))
        if tag=='pre': s.in_pre=False
    def handle_data(s, d):
        if s.in_code: s.buf.append(d)
out=sys.argv[2]; os.makedirs(out, exist_ok=True); n=0
for root,_,files in os.walk(sys.argv[1]):
    for f in files:
        if not f.endswith('.html'): continue
        p=P(); p.feed(open(os.path.join(root,f),encoding='utf-8',errors='replace').read())
        for cls,code in p.blocks:
            if 'rust' not in cls: continue
            if any(k in cls for k in ('ignore','no_run','compile_fail','should_panic','edition2015','edition2018','text','console')): continue
            if 'extern crate' in code or '#![feature' in code or 'unsafe' in code: continue
            if 'fn main' not in code: code='fn main() {\n'+code+'\n}\n'
            h=hashlib.sha1(code.encode()).hexdigest()[:10]
            open(os.path.join(out,f'{h}.rs'),'w').write(code); n+=1
print(n)
